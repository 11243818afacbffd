import type { EventType } from '../../../src/shared/schema';
import { BROAD_FAMILIES, NO_WORDS } from '../../lexicon/broad-event-words';
import { findCountries } from '../../lexicon/country-names';
import type { DateMention, PersonMention, Range, Sentence } from '../../types';
import { isCommentator } from '../commentators';
import { CONTACT_TYPES } from '../event-cues';
import { findCues, type Found } from '../find-verbal-events';
import { isWitnessOfTheScene } from '../witnesses';
import { PASSIVE_BEFORE, isGuarded, isSentenceToRead } from './unread-guards';

/**
 * Stage "the unread sentence" (round x20, an experiment of breadth over precision): a sentence of the story from which
 * no other stage read any event is read once more, as a last resort, for the first word of the broad lexicon
 * (lexicon/broad-event-words.ts) that its general guards (unread-guards.ts) leave standing. Its actor is the person
 * named nearest before the word, else the state named nearest before it (with a state joined to it by "and"); with
 * neither, no event (the brief's fallback to the sentence's first name read objects: "will meet to assess India's
 * response", so it was dropped). A passive verb ("Kyiv was attacked") takes its actor from "by ..." after it, else, for an attack, names only
 * the state acted on (who attacked is left to the story's other sentences). Its date is the verb's, read by the same dating as every event (event-date.ts).
 */
export interface UnreadSentence {
  body: string;
  sentence: Sentence;
  clause: Range;
  mentions: PersonMention[];
  dates: DateMention[];
  dateIn: (within: Range, at: Range, type: EventType) => DateMention | null;
}

const spaced = (words: string) => words.replace(/ /g, String.raw`\s+`);
/** Each family's words as patterns, compiled once; a kind of word the family has none of is not searched for. */
const wordsPattern = (words: string) => (words === NO_WORDS ? null : new RegExp(String.raw`\b${spaced(words)}\b`, 'giu'));
const FAMILIES = BROAD_FAMILIES.map((f) => ({ ...f, verb: wordsPattern(f.verbs), noun: wordsPattern(f.nouns) }));

interface Word extends Range {
  type: EventType;
  noun: boolean;
}

/** Every word of the lexicon in the clause, earliest first; where two overlap, the family listed first. */
function wordsIn(body: string, clause: Range): Word[] {
  const text = body.slice(clause.start, clause.end);
  const words: Word[] = [];
  for (const f of FAMILIES) {
    for (const [re, noun] of [[f.verb, false], [f.noun, true]] as const) {
      if (!re) continue;
      for (const m of text.matchAll(re)) {
        const at = { start: clause.start + m.index, end: clause.start + m.index + m[0].length };
        if (!words.some((w) => w.start < at.end && at.start < w.end)) words.push({ ...at, type: f.type, noun });
      }
    }
  }
  return words.sort((a, b) => a.start - b.start);
}

const BY_AGENT = /^\s+by\s+$/i;
const JOINED = /^\s*(?:,|and|&)\s*$/i;
/** A name followed by its owner's "'s" and more words before the word: an owner, not the subject. */
const OWNER_AFTER = /^['’]s?\s+\S/;
/** Rule "no subject after a preposition": a name or state right after "in", "with", "to", ... is no subject ("embassy staff in Pakistan"). */
const PREPOSITION_BEFORE_NAME = /\b(?:in|with|to|from|of|against|on|at|by|for|into|over|between|towards?|across|about|including|near|inside|amid)\s+(?:the\s+)?$/i;
/** Only adverbs between a subject and its verb ("Russia again attacked"). */
const SUBJECT_GAP = /^(?:['’]s?)?\s+(?:(?:[\p{L}]+ly|also|again|then|now|on\s+\p{Lu}\p{Ll}+day|today|yesterday|overnight)\s+)*$/u;
/** A dateline ("ISLAMABAD / NEW DELHI: ", "KYIV — ") names where the story was filed, no actor. */
const DATELINE = /^[\s"“]*[\p{Lu}][\p{Lu}\s/,.()-]*(?::|—|–|\s-)\s/u;
/** The quoted stretches of a text: a quotation's words are its speaker's, read by the quotation's stages. */
const QUOTED = /["“][^"”]*["”]/g;

export function unreadSentenceEvents({ body, sentence, clause, mentions, dates, dateIn }: UnreadSentence): Found[] {
  if (!isSentenceToRead(sentence)) return [];
  const text = body.slice(clause.start, clause.end);
  const from = clause.start + (DATELINE.exec(text)?.[0].length ?? 0);
  // No word of the broad lexicon, nothing to read: the costly search for cues below is spared.
  const words = wordsIn(body, { start: from, end: clause.end });
  if (words.length === 0) return [];
  // Rule "a sentence the cue tables ruled on": where a cue of the existing tables (event-cues.ts) stands in the clause,
  // the other stages have judged its words (and their no-event tables, no-act-here.ts, dropped them): the last resort
  // reads only sentences no cue knows.
  if (findCues(text, clause.start).length > 0) return [];
  const within = (x: Range) => x.start >= from && x.end <= clause.end;
  const subjectLike = (x: Range) => !PREPOSITION_BEFORE_NAME.test(body.slice(Math.max(from, x.start - 20), x.start));
  const allPeople = mentions.filter(within);
  const allStates = findCountries(text).map((c) => ({ ...c, start: c.start + clause.start, end: c.end + clause.start })).filter(within);
  const people = allPeople.filter(subjectLike);
  const states = allStates.filter(subjectLike);
  const quoted = [...text.matchAll(QUOTED)].map((q) => ({ start: clause.start + q.index, end: clause.start + q.index + q[0].length }));
  const dated = dates.some((d) => d.start >= clause.start && d.end <= clause.end);
  for (const w of words) {
    if (quoted.some((q) => q.start <= w.start && w.end <= q.end)) continue;
    const subjectRightBefore = [...people, ...states].some((x) => x.end <= w.start && SUBJECT_GAP.test(body.slice(x.end, w.start)));
    if (isGuarded({ body, clause, at: w, noun: w.noun, dated, subjectRightBefore, type: w.type })) continue;
    // Rule "a contact with someone": hosting, meeting, calling or talking is a contact only with a person or a state
    // after the word ("hosted Modi", "met Lavrov"; not "will host a dinner", "met the deadline").
    if (CONTACT_TYPES.has(w.type) && w.type !== 'visit' && ![...allPeople, ...allStates].some((x) => x.start >= w.end)) continue;
    const passive = !w.noun && PASSIVE_BEFORE.test(body.slice(clause.start, w.start));
    const after = <T extends Range>(xs: T[]) => xs.find((x) => x.start >= w.end && BY_AGENT.test(body.slice(w.end, x.start)));
    // Rule "an owner is a subject last": "Russia's energy revenues" names an owner; a state or person without "'s" before the word comes first.
    const before = <T extends Range>(xs: T[]) => xs.filter((x) => x.end <= w.start && !OWNER_AFTER.test(body.slice(x.end, w.start))).at(-1) ?? xs.filter((x) => x.end <= w.start).at(-1);
    const person = passive ? after(allPeople) : before(people);
    const state = passive ? (after(allStates) ?? null) : person ? null : (before(states) ?? null);
    const acted = passive && !person && !state && w.type === 'military_action' ? before(states) : undefined;
    if (!person && !state && !acted) continue;
    if (person && (isCommentator(body, person) || isWitnessOfTheScene(body, person))) return [];
    // "India and Pakistan engaged in ...": a state joined to the subject by "and" acts with it.
    const joined = state ? allStates.filter((x) => x.end <= state.start && JOINED.test(body.slice(x.end, state.start))) : [];
    const countries = [...joined.map((x) => x.code), ...(state ? [state.code] : []), ...(acted ? [acted.code] : [])];
    return [{ type: w.type, at: { start: w.start, end: w.end }, actors: person ? [person.personId] : [], countries, place: null, agent: state?.code ?? null, date: dateIn(clause, w, w.type) }];
  }
  return [];
}
