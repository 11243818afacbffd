import type { Person } from '../../src/shared/schema';
import type { PersonMention, Range } from '../types';
import { COUNTRY_WORD_SOURCE, countryOfWord, isCountryWord } from './country-words';
import { findCapitalisedRuns, type Token } from './find-capitalised-runs';
import { NER_ID_PREFIX } from './gazetteer';
import { NAME_PARTICLES, NAME_TOKEN, NOT_NAME, TITLE } from './name-words';
import { overlapsAny } from './overlaps';

export interface NerResult {
  mentions: PersonMention[];
  people: Person[];
}

const SPEECH_AFTER = /^(?:['’]s)?\s*(?:,\s*(?:who|the|a|an)\b|\s(?:said|says|told|stated|added|wrote|noted|posted|tweeted|announced|claimed|urged|warned|asked|replied|insisted|confirmed|denied)\b)/u;
const SPEECH_BEFORE = /(?:\b(?:according to|said|says|told|spokesperson|spokesman|spokeswoman)\s*,?\s*)$/iu;
/**
 * A title right before a name, in any case ("Pakistani Foreign Minister", "former foreign minister", "Senator"):
 * an optional "former", an optional nationality, up to three modifiers and a head noun of office.
 */
const TITLE_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(?<former>former\s+|ex-)?(?:(?<cq>${COUNTRY_WORD_SOURCE})(?:['’]s)?\s+)?(?<title>(?:(?:deputy|foreign|office|ministry|military|defen[cs]e|external|affairs|prime|interior|home|finance|information|press|national|security|special|presidential|chief|army|air|naval|vice|lt\.?|lieutenant|field|senior)\s+){0,3}(?:minister|secretary|spokesperson|spokesman|spokeswoman|envoy|ambassador|adviser|advisor|senator|sen\.|mp|lawmaker|legislator|parliamentarian|congressman|congresswoman|general|gen\.?|colonel|admiral|marshal|commander|chief|president|premier|chancellor|governor|mayor|king|prince|emir|sheikh|mr\.?|mrs\.?|ms\.?|dr\.?))\s+$`,
  'iu',
);
/** Honorifics that say "a person" but are no role. */
const HONORIFIC = /^(?:mr|mrs|ms|dr|sheikh)\.?$/i;

export function nerId(name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${NER_ID_PREFIX}${slug || 'unnamed'}`;
}

function isNameToken(t: Token): boolean {
  const w = t.text.replace(/\.$/, '');
  return (NAME_TOKEN.test(t.text) || NAME_PARTICLES.has(t.text)) && !NOT_NAME.has(w.toLowerCase()) && !TITLE.has(w.toLowerCase()) && !isCountryWord(t.text);
}

/** "in", "at", "near", "outside" right before a name: where something happened. */
const PLACE_BEFORE = /\b(?:in|at|near|outside)\s+$/i;

/**
 * Named-entity recognition for people the gazetteer does not know: two to four capitalised name words in a
 * person context (a title before them, "said"/"according to" around them, an appositive after them), no word
 * of which is a function word, month, organisation or place word, office or nationality. Each becomes a Person
 * with origin 'ner', an id prefixed "ner-" (gazetteer ids may not use it), the title seen as its role, and the
 * country only when a nationality word stands right before the title ("Pakistani Foreign Minister X" -> PK).
 * Later mentions of the surname alone are linked to the same person.
 */
export function findNerPeople(body: string, taken: PersonMention[], skip: Range[], knownSpellings: Set<string>): NerResult {
  const people = new Map<string, Person>();
  const mentions: PersonMention[] = [];
  for (const name of findCapitalisedRuns(body).flatMap(nameSegments)) {
    if (name.length < 2 || name.length > 4) continue;
    if (NAME_PARTICLES.has(name[0]?.text ?? '') || NAME_PARTICLES.has(name[name.length - 1]?.text ?? '')) continue;
    const start = (name[0] as Token).start;
    const end = (name[name.length - 1] as Token).end;
    if (overlapsAny(start, end, taken) || overlapsAny(start, end, skip)) continue;
    const text = body.slice(start, end);
    if (knownSpellings.has(text)) continue;
    const titleMatch = TITLE_BEFORE.exec(body.slice(Math.max(0, start - 80), start));
    const context = titleMatch !== null || SPEECH_AFTER.test(body.slice(end, end + 20)) || SPEECH_BEFORE.test(body.slice(Math.max(0, start - 25), start));
    if (!context) continue;
    // "held talks in Castel Gandolfo, a small hill town": a name right after a preposition of place, with no title, is a place.
    if (titleMatch === null && PLACE_BEFORE.test(body.slice(Math.max(0, start - 12), start))) continue;
    const id = nerId(text);
    const g = titleMatch?.groups ?? {};
    const country = g.cq ? countryOfWord(g.cq) : null;
    const existing = people.get(id);
    // A former title has no dates we could give it, so it is not recorded as a role.
    const seenTitle = g.title?.replace(/\s+/g, ' ');
    const title = seenTitle && !g.former && !HONORIFIC.test(seenTitle) ? seenTitle.replace(/^\p{Ll}/u, (c) => c.toUpperCase()) : null;
    if (!existing) {
      people.set(id, { id, name: text, aliases: [], country, roles: title ? [{ title, country, from: null, to: null }] : [], origin: 'ner' });
    }
    mentions.push({ start, end, text, personId: id, via: 'ner' });
  }
  mentions.push(...findSurnameMentions(body, [...people.values()], [...taken, ...mentions], skip, knownSpellings));
  return { mentions: mentions.sort((a, b) => a.start - b.start), people: [...people.values()] };
}

/** Maximal stretches of name words in a run: "Polish Prime Minister Donald Tusk" -> [Polish], [Donald Tusk]. */
function nameSegments(run: Token[]): Token[][] {
  const out: Token[][] = [[]];
  for (const t of run) {
    if (isNameToken(t)) out[out.length - 1]?.push(t);
    else out.push([]);
  }
  return out.filter((seg) => seg.length > 0);
}

function findSurnameMentions(body: string, people: Person[], taken: Range[], skip: Range[], knownSpellings: Set<string>): PersonMention[] {
  const bySurname = new Map<string, string[]>();
  for (const p of people) {
    const surname = p.name.split(' ').pop() ?? '';
    bySurname.set(surname, [...(bySurname.get(surname) ?? []), p.id]);
  }
  const out: PersonMention[] = [];
  for (const [surname, ids] of bySurname) {
    if (ids.length !== 1 || surname.length < 3 || knownSpellings.has(surname)) continue;
    const re = new RegExp(`(?<![\\p{L}\\p{M}])${surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{M}])`, 'gu');
    for (const m of body.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (overlapsAny(start, end, taken) || overlapsAny(start, end, skip) || overlapsAny(start, end, out)) continue;
      out.push({ start, end, text: m[0], personId: ids[0] as string, via: 'ner' });
    }
  }
  return out;
}
