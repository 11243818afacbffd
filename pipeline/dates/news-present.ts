import type { DateMention } from '../types';
import { addDays } from './calendar';
import { FUTURE_MARKER, HABITUAL_PRESENT, NOT_A_NEWS_PRESENT, PAST_MARKER, PRESENT_SUBJECT_NOUN } from '../lexicon/tense-words';

/**
 * Rule "the news present": a headline or a report tells what was just done in the simple present ("Modi meets
 * Macron in Paris", "Russia and Ukraine agree to a ceasefire", "the foreign ministry strongly condemns", "Zelensky
 * says"). Undated, such an act is the day of the paper or the day before (an overnight story, a morning paper), not
 * any day of the week up to it, as a plain past may be.
 *
 * It reads the words of an event's verb (its clause up to its cue, events/extract-events.ts tenseWordsOf): a verb in
 * the third person present ("meets", "condemns") after its subject, or the bare form after two subjects joined by "and"
 * or a comma ("India, Pakistan agree"); no word of the past, the perfect or the future among them, and no word of a
 * habit ("regularly accuses"). What a saying in the news present reports with no past of its own ("Kremlin says it is
 * ready for talks", "Sybiha: Ukraine is ready") is as new as the saying.
 */
export const NEWS_PRESENT_DAYS = 1;

/** The day of the paper and the day before, approximate, on the publication's basis. */
export function newsPresentWindow(published: string): DateMention['date'] {
  return { start: addDays(published, -NEWS_PRESENT_DAYS), end: published, precision: 'approximate', basis: 'publication' };
}

/**
 * A subject right before the verb: a capitalised word (not an owner: "Zelensky's talks" is a noun), a closing quotation
 * mark or a noun of office, then adverbs in "-ly".
 */
const SUBJECT = String.raw`(?:\p{Lu}[\p{L}.'’-]*(?<!['’]s)|["”’)]|${PRESENT_SUBJECT_NOUN})\s+(?:\p{Ll}+ly\s+|also\s+|now\s+)*`;
/** "Zelensky says", "the ministry strongly condemns": the third person singular, a word in "s" not "ss", "us" or "is". */
const THIRD_PERSON_FORM = String.raw`(?<=${SUBJECT})(?!${NOT_A_NEWS_PRESENT}\b)\p{Ll}{2,}(?<![su]s)s\b`;
const THIRD_PERSON = new RegExp(THIRD_PERSON_FORM, 'u');
/** "India, Pakistan agree", "Modi, Sharif hold talks": the bare form after two subjects (not a past in "-ed", not a plural noun). */
const PLURAL_FORM = String.raw`(?<=(?:,|\band)\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*\s+)(?!${NOT_A_NEWS_PRESENT}\b)\p{Ll}{3,}(?<!ed)(?<![^s]s)\b`;
/** The event's own verb, the last word of what is read: "Modi meets", "India, Pakistan agree". */
const VERB_AT_END = new RegExp(String.raw`(?:${THIRD_PERSON_FORM}|${PLURAL_FORM})$`, 'u');
/** The past markers but "says", which is the news present itself. */
const PAST_WORDS = PAST_MARKER.split('|').filter((w) => w !== 'says').join('|');
const NOT_PRESENT = new RegExp(String.raw`\b(?:${PAST_WORDS}|${FUTURE_MARKER}|would|could|may|might|must|should)\b|${HABITUAL_PRESENT}`, 'iu');
/** A regular past or participle ("condemned", "was expected"). */
const REGULAR_PAST = /\b\p{Ll}{2,}ed\b/u;

/** Whether words hold no word of the past, the perfect, the future, a modal or a habit. */
export const noPastIn = (words: string): boolean => !NOT_PRESENT.test(words) && !REGULAR_PAST.test(words);

/** Whether a saying's reporting words ("Zelensky says", ", the ministry says") tell it in the news present. */
export function toldInNewsPresent(words: string): boolean {
  return noPastIn(words) && THIRD_PERSON.test(words);
}

/**
 * Whether an act is told in the news present: the first word of its cue is a present verb right after its subject
 * ("Modi | meets Macron"), and the words of its clause before it hold no past. A present word elsewhere is not the
 * act's ("Russian artillery strikes hit": "strikes" is a noun, "hit" the verb).
 */
export function actToldInNewsPresent(before: string, cue: string): boolean {
  const verb = /^\p{L}+/u.exec(cue)?.[0] ?? '';
  return noPastIn(before + cue) && VERB_AT_END.test(before + verb) && !IN_A_CLAUSE_OF_ITS_OWN.test(before) && !AFTER_ITS_NOUN.test(before);
}

/**
 * Rule "a present in a clause of its own": a subject after "as", "which", "what", "than" or "that" opens a clause
 * whose present tells a standing position or what is always so ("..., as Moscow demands", "the land that Moscow
 * demands", "what New Delhi wants"), not the act of the day the news reports; so does one with no opening word right after
 * the noun it tells of (AFTER_ITS_NOUN).
 */
/** The same clause with no word to open it, right after the noun it tells of: "a charge Islamabad denies", "the terms Moscow wants". */
const AFTER_ITS_NOUN = /\b(?:[Aa]n?|[Tt]he|[Aa]ny|[Ii]ts|[Tt]heir)\s+\p{Ll}+\s+\p{Lu}[\p{L}.'’-]*\s*$/u;
const IN_A_CLAUSE_OF_ITS_OWN = /\b(?:as|which|what|whatever|than|that|where)\s+(?:the\s+)?[\p{L}.'’-]+(?:\s+[\p{L}.'’-]+)?\s*$/iu;

/** The words an event is read from, for the rule: its clause up to its cue, the cue, and its reporting words. */
export interface NewsPresentWords {
  /** The event is the act of telling itself ("Zelensky says"). */
  saying: boolean;
  /** Its teller is a headline's "X:" (events/headline-colon.ts). */
  colonTeller: boolean;
  /** Its clause's words up to and with its cue (events/extract-events.ts tenseWordsOf). */
  tense: string;
  cue: string;
  /** The reporting words of its clause ("Zelensky says"), if any. */
  reporting: string | null;
}

/**
 * Whether an event is told in the news present: a saying by its reporting verb (or a headline's colon); an act by its
 * own verb, or, with no past of its own, by a saying in the present that reports it ("Kremlin says it is ready").
 */
export function isNewsOfTheDay(w: NewsPresentWords): boolean {
  if (w.saying) return w.colonTeller || toldInNewsPresent(w.tense);
  const before = w.tense.slice(0, Math.max(0, w.tense.length - w.cue.length));
  if (actToldInNewsPresent(before, w.cue)) return true;
  const reportedNow = w.colonTeller || (w.reporting !== null && toldInNewsPresent(w.reporting)) || toldInNewsPresent(before);
  return reportedNow && noPastIn(w.tense);
}
