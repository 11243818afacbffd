import type { Person } from '../../src/shared/schema';
import type { PersonMention, Range } from '../types';
import { isCountryWord } from './country-words';
import { findCapitalisedRuns, type Token } from './find-capitalised-runs';
import { NAME_PARTICLES, NOT_NAME, TITLE } from './name-words';
import { overlapsAny } from './overlaps';
import { foldName, isGivenNameVariant, isMisspelling } from './text-similarity';

export interface FuzzyResult {
  mentions: PersonMention[];
  /** Exact surname mentions that turned out to be part of a longer name. */
  superseded: PersonMention[];
}

interface Match {
  person: Person;
  surnameExact: boolean;
}

const words = (s: string) => s.split(/\s+/).filter(Boolean);

interface Spelling {
  person: Person;
  words: string[];
  /** The first given name and the surname of a longer name: both must be spelt as known. */
  short?: boolean;
}

const indexes = new WeakMap<Person[], Map<string, Spelling[]>>();

/**
 * Rule "a name without its middle name": "Recep Erdogan" for Recep Tayyip Erdoğan, "Asif Zardari" for Asif Ali
 * Zardari: the first given name and the surname of a name of three words or more. Not of a name with a particle
 * ("Mohammed bin Salman", "Ursula von der Leyen"), whose words do not split so, nor from an honorific that opens it
 * ("Syed", "Sheikh": the given name after it is the first).
 */
function withoutMiddleName(w: string[]): string[] | null {
  const given = w.findIndex((x) => !TITLE.has(x.toLowerCase().replace(/\.$/, '')));
  const first = w[given];
  const surname = w.at(-1);
  if (given < 0 || !first || !surname || w.length - given < 3 || w.some((x) => NAME_PARTICLES.has(x.toLowerCase()) || !/^\p{Lu}/u.test(x))) return null;
  // An initial ("K. P. Oli") is no given name to know a person by; "Jr." or a regnal number ("Leo XIV") is no surname.
  if (!FULL_WORD.test(first) || !FULL_WORD.test(surname) || SUFFIX.test(surname)) return null;
  return [first, surname];
}
/** A whole name word: three letters or more, no initial. */
const FULL_WORD = /^\p{Lu}[\p{L}'’-]{2,}$/u;
/** What follows a surname rather than being one: "Jr.", "Sr.", a regnal number. */
const SUFFIX = /^(?:Jr|Sr|[IVXLC]+)\.?$/;

/** Spellings by token count and folded first letter of the surname: a misspelling keeps both. */
function spellingIndex(people: Person[]): Map<string, Spelling[]> {
  const cached = indexes.get(people);
  if (cached) return cached;
  const index = new Map<string, Spelling[]>();
  const add = (spelling: Spelling) => {
    const key = `${spelling.words.length}:${foldName(spelling.words[spelling.words.length - 1] ?? '').charAt(0)}`;
    index.set(key, [...(index.get(key) ?? []), spelling]);
  };
  for (const person of people) {
    for (const name of new Set([person.name, ...person.aliases])) {
      const w = words(name);
      add({ person, words: w });
      const short = withoutMiddleName(w);
      if (short) add({ person, words: short, short: true });
    }
  }
  indexes.set(people, index);
  return index;
}

const folded = new WeakMap<Person[], Set<string>>();

/** Every known spelling, folded: made once per list of people (the gazetteer), not once per article. */
function foldedSpellings(people: Person[]): Set<string> {
  const cached = folded.get(people);
  if (cached) return cached;
  const known = new Set(people.flatMap((p) => [p.name, ...p.aliases].map(foldName)));
  folded.set(people, known);
  return known;
}

/** Compares a candidate's tokens with one spelling of a person's name, token by token. */
function compare(candidate: string[], spelling: string[]): { ok: boolean; surnameExact: boolean } {
  const no = { ok: false, surnameExact: false };
  if (candidate.length !== spelling.length || candidate.length === 0) return no;
  const last = candidate.length - 1;
  const seenSurname = candidate[last] ?? '';
  const knownSurname = spelling[last] ?? '';
  const surnameExact = foldName(seenSurname) === foldName(knownSurname);
  if (!surnameExact && !isMisspelling(seenSurname, knownSurname)) return no;
  for (let i = 0; i < last; i++) if (!isGivenNameVariant(candidate[i] ?? '', spelling[i] ?? '')) return no;
  return { ok: true, surnameExact };
}

/** Words of a person's role titles that, just before a name, back up the guess ("Press Secretary Levitt"). */
function roleContext(person: Person, before: string): boolean {
  const lower = before.toLowerCase();
  return person.roles.some((r) => words(r.title.toLowerCase()).some((w) => w.length >= 4 && TITLE.has(w) && lower.includes(w)));
}

/**
 * Finds misspelt mentions of gazetteer people ("Mark Rubio", "Levitt", "Shahbaz Sharif") among capitalised
 * words no exact mention covers. A full name needs a close surname (one edit, two from nine letters) and
 * variant given names; a lone surname, or a full name whose surname is misspelt, must also be backed by an
 * exact mention of the same person in the article or a title of theirs just before it. Common words, titles,
 * countries and spellings that fit two people are never guessed at.
 */
export function findFuzzyMentions(body: string, people: Person[], exact: PersonMention[], skip: Range[]): FuzzyResult {
  const named = new Set(exact.map((m) => m.personId));
  const known = foldedSpellings(people);
  const found: PersonMention[] = [];
  const superseded: PersonMention[] = [];
  const index = spellingIndex(people);
  for (const run of findCapitalisedRuns(body)) {
    let i = 0;
    // "Ukrainian Defense Minister Rustem Umarov": a state's word and the title before a name are not part of it.
    while (i < run.length && (TITLE.has((run[i]?.text ?? '').toLowerCase()) || NOT_NAME.has((run[i]?.text ?? '').toLowerCase()) || isCountryWord(run[i]?.text ?? ''))) i++;
    const tokens: Token[] = run.slice(i);
    const first = tokens[0];
    const lastTok = tokens[tokens.length - 1];
    if (!first || !lastTok || tokens.length > 3) continue;
    if (overlapsAny(first.start, lastTok.end, skip)) continue;
    const inside = exact.filter((m) => m.start < lastTok.end && first.start < m.end);
    // Only a lone surname may be re-read as part of a longer name ("Mark Rubio" around an exact "Rubio").
    if (inside.some((m) => m.start < first.start || m.end > lastTok.end || /\s/.test(m.text))) continue;
    const texts = tokens.map((t) => t.text);
    if (texts.some((t) => NOT_NAME.has(t.toLowerCase()) || isCountryWord(t)) || known.has(foldName(texts.join(' ')))) continue;
    const before = body.slice(Math.max(0, first.start - 45), first.start);
    const matches: Match[] = [];
    const key = `${texts.length}:${foldName(texts[texts.length - 1] ?? '').charAt(0)}`;
    for (const { person, words: sp, short } of index.get(key) ?? []) {
      const c = compare(texts, sp);
      if (!c.ok || (short && (!c.surnameExact || foldName(texts[0] ?? '') !== foldName(sp[0] ?? '')))) continue;
      const supported = named.has(person.id) || roleContext(person, before);
      const needsSupport = texts.length === 1 || !c.surnameExact;
      if (!needsSupport || supported) matches.push({ person, surnameExact: c.surnameExact });
    }
    const ids = new Set(matches.map((m) => m.person.id));
    const only = matches[0];
    if (ids.size === 1 && only) {
      found.push({ start: first.start, end: lastTok.end, text: body.slice(first.start, lastTok.end), personId: only.person.id, via: 'fuzzy' });
      // A full name read so backs the same spelling of the surname alone later ("Rustem Umarov ... Umarov said").
      if (tokens.length > 1) named.add(only.person.id);
      superseded.push(...inside);
    } else if (inside.length && tokens.length > 1 && ids.size === 0) {
      // "Hunter Biden": a known surname under an unknown given name is someone else; leave it to NER.
      superseded.push(...inside);
    }
  }
  return { mentions: found, superseded };
}
