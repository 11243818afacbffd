import type { PersonMention, Range, Sentence } from '../types';
import { PEOPLE_LIST_GAP } from '../lexicon/lists-of-people';
import { findCountries } from '../lexicon/country-names';

/**
 * Rule "the object pronoun is someone else": "Zelensky arrived in Ankara on Monday. Erdogan received him", "Modi
 * returned to Delhi, and Starmer phoned him", "Trump said Putin had called him". A pronoun that is an object ("him",
 * "her" with no noun after it) is never the subject of its own clause, nor anyone else that clause names before it
 * (binding: "Erdogan received him" is not Erdogan). Its referent is the one person of its kind named before that clause:
 * in the rest of its sentence, else in the sentence before (one wholly quoted is passed over). Where two people of its
 * kind are named there ("Modi met Sharif. Macron called him"), or a person whose kind is unknown, or an unnamed one
 * ("an official"), it is ambiguous, and nobody is better than a guess.
 */

/**
 * What opens the pronoun's own clause: a clause word, punctuation, "and", or a verb of saying with no object before its
 * clause ("said Putin called him"; "told him" has the pronoun as its object).
 */
const OWN_CLAUSE_OPENS = /\b(?:that|who|whom|which|where|after|before|when|while|because|since|although|though|if|but|and|as|said|says|stated|added|wrote|posted|noted|announced|confirmed|claimed|insisted|revealed|recalled)\b|[,;:]/giu;

/**
 * Words set off by commas after a name, which describe it and open no clause of their own: an appositive or a relative
 * clause ("Erdogan, the host of the talks, received him", "Erdogan, who chaired the talks, received him").
 */
const SET_OFF = /,\s*(?:who|whose|the|a|an|his|her|its|their)\b[^,;:]{0,120},/giu;

/** Offset where the pronoun's own clause starts, within its sentence (past words set off inside it). */
function ownClauseStart(body: string, sentence: Sentence, at: number): number {
  const text = body.slice(sentence.start, at).replace(SET_OFF, (m) => ' '.repeat(m.length));
  let start = sentence.start;
  for (const m of text.matchAll(OWN_CLAUSE_OPENS)) start = sentence.start + m.index + m[0].length;
  return start;
}

/** Whether a person may be the pronoun's referent: true of its kind, false of the other, null when not known. */
export type Fits = (personId: string) => boolean | null;

export interface ObjectPronounScope {
  body: string;
  sentences: Sentence[];
  /** Index of the pronoun's sentence. */
  index: number;
  /** Mentions that may be antecedents: outside quotations, not names that only own another noun. */
  pool: PersonMention[];
  /** Sentences wholly inside a quotation, passed over when looking back. */
  quoted: (s: Sentence) => boolean;
  /** Whether a stretch of text names an unnamed person ("a senior official"), who might be the one meant. */
  unnamedIn: (from: number, to: number) => boolean;
}

/**
 * The people named before the pronoun in its own clause: its subject, and others the clause names ("Erdogan received
 * Zelensky and thanked him"). Several not listed together ("A and B received him" is one subject) make it ambiguous.
 */
function clausePeople(body: string, own: PersonMention[]): { ids: Set<string>; ambiguous: boolean } {
  const ids = new Set(own.flatMap((m) => [m.personId, ...(m.also ?? [])]));
  const listed = own.every((m, i) => i === 0 || m.personId === own[i - 1]?.personId || PEOPLE_LIST_GAP.test(body.slice(own[i - 1]?.end ?? 0, m.start)));
  return { ids, ambiguous: !listed };
}

/**
 * Where an object pronoun's referent is looked for, nearest first (the rest of its sentence before its clause, then
 * the sentence before), with the people its own clause binds; null when that clause names several apart.
 */
function lookBack(scope: ObjectPronounScope, at: Range, fits: Fits): { clause: number; bound: Set<string>; stretches: Range[] } | null {
  const { body, sentences, index, pool } = scope;
  const sentence = sentences[index];
  if (!sentence) return null;
  const clause = ownClauseStart(body, sentence, at.start);
  const own = pool.filter((m) => m.start >= clause && m.end <= at.start).sort((a, b) => a.start - b.start);
  const bound = clausePeople(body, own.filter((m) => fits(m.personId) !== false));
  if (bound.ambiguous) return null;
  const stretches: Range[] = [{ start: sentence.start, end: clause }];
  const before = sentences.slice(0, index).reverse().find((s) => !scope.quoted(s));
  if (before) stretches.push(before);
  return { clause, bound: bound.ids, stretches };
}

/** The one person an object pronoun at `at` stands for, or null when none or more than one may be meant. */
export function objectReferent(scope: ObjectPronounScope, at: Range, fits: Fits): string | null {
  const look = lookBack(scope, at, fits);
  if (!look) return null;
  for (const stretch of look.stretches) {
    const named = scope.pool.filter((m) => m.start >= stretch.start && m.end <= stretch.end);
    const ids = new Set(named.flatMap((m) => [m.personId, ...(m.also ?? [])]).filter((id) => !look.bound.has(id)));
    const candidates = [...ids].filter((id) => fits(id) !== false);
    if (candidates.length === 0) continue;
    const [only] = candidates;
    if (candidates.length > 1 || only === undefined || fits(only) !== true) return null;
    const last = named.filter((m) => m.personId === only || m.also?.includes(only)).at(-1);
    return last && !scope.unnamedIn(last.end, look.clause) ? only : null;
  }
  return null;
}

/** Two states joined in a list ("India and Pakistan", "Russia, Ukraine"): "them" may be the states. */
const STATES_JOINED = /^\s*(?:,|and|,\s*and)\s*(?:the\s+)?$/;

/**
 * Rule "them, the people listed before": "Witkoff and Kushner landed in Moscow. Putin received them": "them" as an
 * object stands for the people named together in one list (or one phrase naming several) before its clause, nearest
 * first, when they are all the people named there and no states are listed together beside them ("India and Pakistan
 * agreed a truce. Trump thanked them" may be the states). The clause's own subject is never among them.
 */
export function groupReferent(scope: ObjectPronounScope, at: Range): string[] | null {
  const { body, pool } = scope;
  const look = lookBack(scope, at, () => true);
  if (!look) return null;
  for (const stretch of look.stretches) {
    const named = pool.filter((m) => m.start >= stretch.start && m.end <= stretch.end && !look.bound.has(m.personId)).sort((a, b) => a.start - b.start);
    if (named.length === 0) continue;
    const states = findCountries(body.slice(stretch.start, stretch.end));
    const statesListed = states.some((c, i) => i > 0 && STATES_JOINED.test(body.slice(stretch.start + (states[i - 1]?.end ?? 0), stretch.start + c.start)));
    const listed = named.every((m, i) => i === 0 || PEOPLE_LIST_GAP.test(body.slice(named[i - 1]?.end ?? 0, m.start)));
    const ids = [...new Set(named.flatMap((m) => [m.personId, ...(m.also ?? [])]))];
    const last = named.at(-1);
    if (!listed || statesListed || ids.length < 2 || !last || scope.unnamedIn(last.end, look.clause)) return null;
    return ids;
  }
  return null;
}
