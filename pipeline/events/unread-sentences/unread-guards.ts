import { WORDS_NOUNS } from '../../lexicon/act-verbs';
import { FIGURATIVE_BEFORE_ATTACK, PHRASAL_IN_AFTER_CALL } from '../../lexicon/broad-event-words';
import { HABITUAL_PRESENT } from '../../lexicon/tense-words';
import type { EventType } from '../../../src/shared/schema';
import type { Range, Sentence } from '../../types';

/**
 * The general guards of the last-resort reader (unread-sentence-events.ts): what keeps a word of its broad lexicon
 * from being read as an act where the sentence tells none. None names a sentence; each reads a form of grammar.
 */

/** Rule "a sentence fit to read": a sentence of the story, closed by a full stop, not a question, a caption or a credit. */
const CLOSED = /[.!]["”’)]*\s*$/;
const CAPTION = /\b(?:photo|file\s+(?:photo|image)|pictured|image\s+credit|credit:|looks\s+on|reuters\s*\/|ap\s+photo|afp\s*\/|getty)\b/i;
const SENTENCE_QUESTION = /^\s*(?:asked\s+(?:if|whether|about)|when\s+asked|whether|why|how|what|will|would|can|could|should|is|are|do|does)\b/i;

export function isSentenceToRead(s: Sentence): boolean {
  return CLOSED.test(s.text) && !CAPTION.test(s.text) && !SENTENCE_QUESTION.test(s.text);
}

/** Rule "negated": "did not meet", "never visited", "no talks", "refused to sign", "without a ceasefire": no act. */
const NEGATED = /\b(?:not|never|no|neither|nor|without|denie[sd]\s+that|deny\s+that|refused\s+to|refuses\s+to|failed\s+to|fails\s+to|declined\s+to|yet\s+to)\b(?:\s+[\p{L}-]+){0,2}\s*$|n['’]t(?:\s+[\p{L}-]+){0,2}\s*$/iu;

/**
 * Rule "modal or conditional": "could strike", "would meet", "might impose", "if Russia attacks", "unless a truce holds",
 * "should talk", "wants to visit": what may be, or is wished, is no act. Read in the clause before the word; "to" right
 * before a verb is an infinitive of intent ("plans to visit", "ready to negotiate").
 */
const MODAL = /\b(?:could|would|might|may|if|unless|should|must|can|whether|ought|wants?|wanted|hopes?|hoped|seeks?|sought|ready|willing|possible|possibility|prospect|potential|likely|aims?|aimed|bid|efforts?|attempts?)\b/i;
const INFINITIVE = /\bto\s+(?:[\p{L}]+ly\s+)?(?:have\s+|be\s+)?$/iu;

/**
 * Rule "a perfect without a date": "has expelled diplomats five times", "has met Putin four times", "has consistently
 * denied": the perfect tells experience or habit; only a date makes it an act of a day.
 */
const PERFECT = /\b(?:has|have|had)\s+(?:[\p{L}]+\s+){0,2}$/iu;

/** Rule "future without a date": "will visit", "is to meet", "is expected to sign": planned only when a date is named. */
const FUTURE = /\b(?:will|shall|won['’]t|(?:is|are)\s+(?:set|due|expected|scheduled|slated|going|poised)\s+to|(?:is|are)\s+to|plans?\s+to|intends?\s+to|upcoming|next)\b/i;

/**
 * Rule "generic or habitual": a noun of the act followed by a verb of judgement or need ("talks are needed",
 * "sanctions have failed", "attacks remain a threat"), or a verb after a word of habit ("often accuses"): the act in
 * general, not one told.
 */
const GENERIC_AFTER = /^\s+(?:are|is|were|was|have|has|had|remain|remains|must|should|would|could|can|need|needs|alone|themselves|work|worked|failed)\b/i;
const HABIT = new RegExp(`${HABITUAL_PRESENT}(?:\\s+[\\p{L}-]+)?\\s*$`, 'iu');

/**
 * Rule "a noun after a determiner": right after "the", "a", "its" or an owner's "'s", a word of a verb's family is its
 * noun ("the attack", "a strike", "Russia's offensive") or a participle qualifying one ("the alleged plot", "a targeted
 * strike"): read as a noun, under the noun's guards.
 */
const DETERMINER_BEFORE = /(?:\b(?:the|a|an|this|that|these|those|its|their|his|her|our|any|such|every)|['’]s)\s+$/i;

/**
 * Rule "a noun held": a noun of the lexicon names an act told as done only as the object of a verb of doing it ("held
 * talks", "reached a ceasefire", "signed a deal", "launched an offensive", "imposed an embargo"); alone ("the meeting
 * comes amid ...", "a firm rejection", "Wednesday's phone call came after ...") it names one told elsewhere, or the act
 * in general.
 */
const HELD_BEFORE = /(?:\b(?:held|holds|hold|reached|reach(?:es)?|signed|signs|struck|sealed|clinched|announced|announces|declared|declares|imposed|imposes|slapped|launched|launches|carried\s+out|conducted|issued|brokered|mounted|staged|unleashed|ordered|agreed\s+(?:to|on)|began|concluded|completed|made|engaged\s+in|exchanged|traded)\s+(?:[\p{L}-]+\s+){0,5}|\bwith\s+(?:(?:its|their|his|her|new|fresh|further|more|tough(?:er|est)?|hard(?:er|est)?|harsh(?:er|est)?|sweeping|heavy)\s+){1,3})$/iu;

/** Rule "a reduced relative": a past participle right after a common noun ("a decree signed by X", "the envoys summoned") qualifies it. */
const REDUCED_RELATIVE = /\b(?!(?:almost|also|already|again|then|now|just|later|earlier|once|twice|\p{L}+ly)\s)\p{Ll}[\p{L}-]*\s+$/u;
const PAST_PARTICIPLE = /ed$/i;

/**
 * Rule "a present form only after its subject": a verb's bare or "-s" form is most often its noun ("attacks", "strikes",
 * "talks", "visits", "a deal") and its "-ing" form a participle ("missile strikes targeting sites"). Read as a verb only
 * right after a subject (a name, a state, a pronoun) or an auxiliary ("will meet", "did sign", "is meeting"), else as a
 * noun; the past forms stand as verbs where they are.
 */
/** The past forms: "-ed" and the irregular pasts of the lexicon; every other form is a present one. */
const PAST_FORM = /(?:ed|\bheld|\bstruck|\bmet|\bspoke|\brang|\bshot)\b/i;
const AUXILIARY_BEFORE = /\b(?:will|shall|did|does|do|is|are|was|were)\s+(?:[\p{L}]+ly\s+|also\s+|now\s+|then\s+)?$/iu;
const PRONOUN_BEFORE = /\b(?:he|she|it|they|we)\s+(?:[\p{L}]+ly\s+|also\s+|now\s+|then\s+)?$/iu;

/** Rule "a warning of a danger": "warned of a missile threat", "warns about shortages": a danger told, to nobody. */
const WARNED_OF_AFTER = /^\s+(?:of|about|against)\b/i;

/**
 * Rule "a sense of words" (the look-alikes of the non-event grids): a blow at a text ("attacked the proposal", lexicon
 * WORDS_NOUNS), an offensive of words ("a charm offensive"), a phrasal "phoned in": no force, no call.
 */
const WORDS_AFTER = new RegExp(String.raw`^\s+(?:(?:the|a|an|his|her|its|their|this|that)\s+)?(?:[\p{L}-]+\s+)?${WORDS_NOUNS}\b`, 'iu');
const FIGURATIVE_BEFORE = new RegExp(String.raw`\b${FIGURATIVE_BEFORE_ATTACK}\s+$`, 'i');
const PHRASAL_AFTER = new RegExp(String.raw`^\s+${PHRASAL_IN_AFTER_CALL}`, 'i');
/** "struck a deal", "hit the right note": the object of a verb of force that is a bargain or a tone. */
const BARGAIN_AFTER = /^\s+(?:(?:an?|the|its|their|his|her|new|fresh|final|right|firm|conciliatory|defiant)\s+){0,2}(?:[\p{L}-]+\s+)?(?:deal|agreement|accord|pact|bargain|terms|compromise|balance|tone|note|chord|nerve)\b/iu;
/** "the terms that Washington struck": a bargain told before, in the relative clause of its noun. */
const BARGAIN_BEFORE = /\b(?:deal|agreement|accord|pact|bargain|terms|compromise)\s+(?:that|which)\s+(?:[\p{L}.’'-]+\s+){1,3}$/iu;
/** "The plan was hit by delays", "The proposal was attacked": a text or a plan named right before a passive of force. */
const WORDS_BEFORE_PASSIVE = new RegExp(String.raw`\b${WORDS_NOUNS}\s+(?:was|were|has\s+been|had\s+been)\s+$`, 'i');
/** "arrived back in Kyiv", "returned home": a trip home is no visit. */
const HOME_AFTER = /^\s+(?:back|home)\b/i;

function isSenseOfWords(body: string, at: Range, type: EventType): boolean {
  const after = body.slice(at.end, at.end + 60);
  const before = body.slice(Math.max(0, at.start - 40), at.start);
  if (type === 'phone_call') return PHRASAL_AFTER.test(after);
  if (type === 'visit') return HOME_AFTER.test(after);
  return type === 'military_action' && (WORDS_AFTER.test(after) || BARGAIN_AFTER.test(after) || FIGURATIVE_BEFORE.test(before) || WORDS_BEFORE_PASSIVE.test(before) || BARGAIN_BEFORE.test(before));
}

/** Rule "negated after": "pledged not to wear", "agreed never to": the act told is one not to be done. */
const NEGATED_AFTER = /^\s+(?:not|never)\b/i;

/** Rule "a topic": the noun after "of", "about", "on", "over", "for" names what is spoken of ("the issue of sanctions"). */
const TOPIC_BEFORE = /\b(?:of|about|on|over|for|against|into|regarding|amid|despite)\s+(?:(?:the|a|an|any|new|further|more|possible|fresh|its|their)\s+)?$/i;

/** Rule "told as passive": "was attacked", "were summoned": the state named before the verb is acted on. */
export const PASSIVE_BEFORE = /\b(?:was|were|been|being|is|are|be|got|get)\s+(?:[\p{L}]+ly\s+)?$/iu;

export interface WordSetting {
  body: string;
  clause: Range;
  at: Range;
  noun: boolean;
  /** A date is named in the clause. */
  dated: boolean;
  /** A person or a state is named right before the word (its subject), a gap of adverbs aside. */
  subjectRightBefore: boolean;
  /** The type the word's family reads. */
  type: EventType;
}

export function isGuarded({ body, clause, at, noun, dated, subjectRightBefore, type }: WordSetting): boolean {
  const before = body.slice(clause.start, at.start);
  const near = body.slice(Math.max(clause.start, at.start - 60), at.start);
  const word = body.slice(at.start, at.end);
  const bareVerb = !noun && !PAST_FORM.test(word) && !subjectRightBefore && !AUXILIARY_BEFORE.test(near) && !PRONOUN_BEFORE.test(near);
  const asNoun = noun || bareVerb || DETERMINER_BEFORE.test(near);
  if (isSenseOfWords(body, at, type) || (type === 'threat' && WARNED_OF_AFTER.test(body.slice(at.end, at.end + 10))) || NEGATED_AFTER.test(body.slice(at.end, at.end + 8))) return true;
  if (NEGATED.test(near) || MODAL.test(before) || HABIT.test(near)) return true;
  if (!asNoun && INFINITIVE.test(near)) return true;
  if ((FUTURE.test(before) || PERFECT.test(near)) && !dated) return true;
  if (asNoun) return !HELD_BEFORE.test(near) || GENERIC_AFTER.test(body.slice(at.end, at.end + 20)) || TOPIC_BEFORE.test(near);
  return PAST_PARTICIPLE.test(word) && REDUCED_RELATIVE.test(near) && !PASSIVE_BEFORE.test(near) && !/\b(?:and|or|then|also|have|has|had)\s+$/i.test(near);
}
