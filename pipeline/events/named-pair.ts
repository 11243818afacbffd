import type { Person } from '../../src/shared/schema';
import { roleActiveOn } from '../people/offices';
import { pronounOf } from '../people/gazetteer';
import type { PersonMention } from '../types';

// "Rubio met Lavrov on Thursday. The two ministers agreed to meet again.": "the two leaders", "both sides" right after a
// pair of people named together are that pair, not the crisis's two parties.

/** Words for two people, or their two sides, as a subject: "the two leaders", "both ministers", "the two sides". */
const PAIR_WORDS = /\b(?:(?:the\s+two|both)\s+(?:leaders|sides|men|women|ministers|foreign\s+ministers|presidents|envoys|officials|delegations|parties|heads\s+of\s+state)|the\s+(?:pair|duo))\b/i;
/**
 * "the pair", "the duo", "the two men": words that can only stand for two people named before, never for the crisis's
 * two parties ("the two sides" can be either). Without such a pair close before them they name nobody.
 */
const ONLY_PEOPLE_NOUNS = String.raw`men|women|envoys`;
const ONLY_PEOPLE_PAIR = new RegExp(String.raw`\b(?:the\s+(?:pair|duo)|(?:the\s+two|both)\s+(?:${ONLY_PEOPLE_NOUNS}))\b`, 'i');
const ONLY_PEOPLE_NOUN = new RegExp(String.raw`^(?:${ONLY_PEOPLE_NOUNS})$`, 'i');

/** Whether a pair's noun can only stand for two people ("men", "envoys"), never for the crisis's two parties. */
export const isOnlyPeopleNoun = (noun: string): boolean => ONLY_PEOPLE_NOUN.test(noun);
/** How far before the verb the pair's words may stand: the words and a short gap of time or manner ("on Monday also"). */
const PAIR_WORDS_REACH = 80;
/** How many sentences back the pair may have been named: the sentence before, or the one before it. */
export const PAIR_REACH = 2;

/** Whether the subject before `at` names two people or their sides ("the two leaders", "both sides"). */
export function namesAPair(body: string, from: number, at: number): boolean {
  return PAIR_WORDS.test(body.slice(Math.max(from, at - PAIR_WORDS_REACH), at));
}

/** Whether the subject before `at` can only be two people named before ("the pair", "the two envoys"). */
export function namesOnlyPeoplePair(body: string, from: number, at: number): boolean {
  return ONLY_PEOPLE_PAIR.test(body.slice(Math.max(from, at - PAIR_WORDS_REACH), at));
}

/** The last pair of people an article named acting together, and where. */
export interface NamedPair {
  actors: [string, string];
  sentence: number;
}

/** The pair a collective subject of sentence `index` stands for, when one was named close enough before it. */
export function pairFor(last: NamedPair | null, index: number): NamedPair | null {
  return last && index - last.sentence <= PAIR_REACH && index >= last.sentence ? last : null;
}

/**
 * Rule "the two people named last": "Trump said Putin vowed to respond. The threat came during a call between the two
 * men", "Merz spoke in Berlin. Zelenskyy said the two leaders agreed": where no two people were named acting together
 * just before, words for two people stand for the last two the text named (in their sentence before the words, or in
 * the PAIR_REACH sentences before it) whom their noun fits: "leaders" and "presidents" are heads of state or
 * government ("Kremlin aide Ushakov said the two leaders pledged" names two others), "ministers" hold a ministry, "men"
 * and "women" are people of that pronoun, "envoys" anyone. "the two sides" and "delegations" stay the crisis's parties.
 */
const PEOPLE_NOUNS = String.raw`leaders|presidents|heads\s+of\s+state|foreign\s+ministers|ministers|${ONLY_PEOPLE_NOUNS}`;
const PEOPLE_PAIR_NOUN = new RegExp(String.raw`\b(?:the\s+two|both)\s+(${PEOPLE_NOUNS})\b`, 'i');
/** Words for two people after a contact's "between": "a call between the two men". */
const PAIR_AFTER_BETWEEN = new RegExp(String.raw`^\s*between\s+(?:the\s+two|both)\s+(?:${PEOPLE_NOUNS})\b`, 'i');

/** Whether a contact's own words name its parties as two people after "between" ("the call between the two men"). */
function pairAfterBetween(body: string, cueEnd: number, cueText: string): boolean {
  return PAIR_AFTER_BETWEEN.test(/between\s*$/i.test(cueText) ? `between ${body.slice(cueEnd)}` : body.slice(cueEnd));
}

const HEAD_OF_STATE_OR_GOVERNMENT = /^(?:President|Prime\s+Minister|Chancellor|Premier|King|Emir|Pope|Supreme\s+Leader|Crown\s+Prince|Sultan)$/i;
const MINISTER = /\bMinister\b|^Secretary\s+of\s+State$|^Foreign\s+Secretary$/i;
const FOREIGN_MINISTER = /^(?:Foreign\s+Minister|External\s+Affairs\s+Minister|Secretary\s+of\s+State|Foreign\s+Secretary|Minister\s+of\s+Foreign\s+Affairs)$/i;

/** Whether a person fits a pair's noun on a day. */
function fitsNoun(noun: string, p: Person, day: string): boolean {
  const titles = p.roles.filter((r) => roleActiveOn(r, day)).map((r) => r.title);
  const n = noun.toLowerCase().replace(/\s+/g, ' ');
  if (n === 'leaders' || n === 'presidents' || n === 'heads of state') return titles.some((t) => HEAD_OF_STATE_OR_GOVERNMENT.test(t));
  if (n === 'foreign ministers') return titles.some((t) => FOREIGN_MINISTER.test(t));
  if (n === 'ministers') return titles.some((t) => MINISTER.test(t));
  if (n === 'men' || n === 'women') return pronounOf(p) === (n === 'men' ? 'he' : 'she');
  return true;
}

/** The noun of words for two people in `words` ("the two leaders" -> "leaders"), if any. */
export function peoplePairNoun(words: string): string | null {
  return PEOPLE_PAIR_NOUN.exec(words)?.[1] ?? null;
}

/** The last two distinct people named in `mentions` (in text order) whom the noun fits on the day, nearest first. */
export function lastTwoNamed(noun: string, mentions: PersonMention[], people: Map<string, Person>, day: string): [string, string] | null {
  const out: string[] = [];
  for (const m of [...mentions].sort((a, b) => b.start - a.start)) {
    for (const id of [m.personId, ...(m.also ?? [])]) {
      const p = people.get(id);
      if (!p || out.includes(id) || !fitsNoun(noun, p, day)) continue;
      out.push(id);
    }
    if (out.length >= 2) break;
  }
  const [a, b] = out;
  return a && b ? [b, a] : null;
}

/** The noun of words for two people standing before `at` in the subject ("the two leaders agreed" -> "leaders"). */
export function pairNounBefore(body: string, from: number, at: number): string | null {
  return peoplePairNoun(body.slice(Math.max(from, at - PAIR_WORDS_REACH), at));
}

/** The noun of the words for two people after a contact's "between" ("a call between the two men" -> "men"). */
export function pairNounAfterBetween(body: string, cueEnd: number, cueText: string): string | null {
  return pairAfterBetween(body, cueEnd, cueText) ? peoplePairNoun(body.slice(cueEnd, cueEnd + PAIR_WORDS_REACH)) : null;
}
