import type { Person } from '../../src/shared/schema';
import { EPITHET } from '../lexicon/office-descriptions';
import type { OfficeReference, PersonMention, Range } from '../types';
import { COUNTRY_WORD_SOURCE, countryOfWord } from './country-words';
import { NAME_TOKEN, NOT_NAME } from './name-words';
import { OFFICE_PHRASE_SOURCE, countryOfPhrase, everHeldOffice, holdersOn, holdsOfficeOn, officeOfPhrase, type Office } from './offices';
import { overlapsAny } from './overlaps';
import { inHeadline } from '../sentences/in-headline';
import { VISITING } from '../lexicon/person-objects';

const COUNTRY = `(?:${COUNTRY_WORD_SOURCE})(?:['’]s)?`;
const ROLE_PHRASE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?<det>the)\\s+)?(?:${VISITING}(?<cq>${COUNTRY})\\s+)?${EPITHET}(?<office>${OFFICE_PHRASE_SOURCE})(?:\\s+of\\s+(?:the\\s+)?(?<cq2>${COUNTRY}))?(?![\\p{L}\\p{N}-])`,
  'giu',
);
/** Words before an office phrase that make it another office or another time ("Deputy Prime Minister", "former President"). */
const NOT_THIS_HOLDER = /(?:^|[^\p{L}])(?:former|ex|late|then|deputy|vice|assistant|under|junior|first|next|future|incoming|outgoing|would-be|your|our|my|his|her|their|its|a|an|every|any|no)[\s-]*$/iu;

/**
 * "an adviser to the director of the FSB", "a spokesman for the President": someone who serves the holder, named by
 * the holder's office; the office phrase is not the holder taking part.
 */
const SERVES_THE_HOLDER = /\b(?:advis[eo]rs?|aides?|assistants?|spokes(?:man|woman|person)|envoys?|representatives?|chief\s+of\s+staff)\s+(?:to|of|for)\s+$/i;
/** How far before the office phrase such a word is looked for: the word and its preposition. */
const SERVES_REACH = 30;

const isUpperWord = (s: string) => /^\p{Lu}/u.test(s);
const isAcronym = (s: string) => /^[A-Z]{2,}$/.test(s);

/** A holder (or past holder) named right after the phrase, or a name the phrase is the title of. */
function titleOfName(body: string, end: number, office: Office, mentions: PersonMention[], byId: Map<string, Person>): boolean {
  const gap = /^[\s,(]{0,3}/.exec(body.slice(end))?.[0].length ?? 0;
  const next = mentions.find((m) => m.start >= end && m.start <= end + gap);
  if (next) {
    const p = byId.get(next.personId);
    // A person the gazetteer does not know, named right after the phrase, is its holder: the phrase is their title.
    return p !== undefined && (p.origin === 'ner' || everHeldOffice(p, office));
  }
  const token = /^[\s]+(\S+)/u.exec(body.slice(end, end + 40))?.[1]?.replace(/['’]s$/u, '').replace(/[,;:.]+$/u, '') ?? '';
  return NAME_TOKEN.test(token) && !NOT_NAME.has(token.toLowerCase());
}

/** An appositive right after a holder's name: "Tammy Bruce, the State Department spokesperson". */
function appositiveOfName(body: string, start: number, office: Office, mentions: PersonMention[], byId: Map<string, Person>): boolean {
  const prev = mentions.filter((m) => m.end <= start).sort((a, b) => b.end - a.end)[0];
  if (!prev || !/^\s*,\s*$/.test(body.slice(prev.end, start))) return false;
  const p = byId.get(prev.personId);
  return p !== undefined && everHeldOffice(p, office);
}

/** Who the phrase names: an earlier mention of a holder (a person), or else the office's holder on the day (an office). */
interface Holder {
  id: string;
  /** Set when the phrase was resolved as an office, not by pointing back to a person named before. */
  office: OfficeReference | null;
}

/** A phrase that points back to a mention names whom that mention named: a person, or (if it named one) an office. */
function pointingBack(m: PersonMention): Holder {
  return { id: m.personId, office: m.offices?.find((o) => o.personId === m.personId) ?? null };
}

function resolveHolder(office: Office, country: string | null, before: PersonMention[], people: Person[], byId: Map<string, Person>, day: string): Holder | null {
  const asOffice = (p: Person | undefined, c: string | null): Holder | null => (p ? { id: p.id, office: { personId: p.id, key: office.key, country: c } } : null);
  if (country !== null) {
    const holders = holdersOn(people, office, day, country);
    if (holders.length === 1) return asOffice(holders[0], country);
    const ids = new Set(holders.map((h) => h.id));
    const earlier = [...before].reverse().find((m) => ids.has(m.personId));
    return earlier === undefined ? null : pointingBack(earlier);
  }
  const antecedent = [...before].reverse().find((m) => {
    const p = byId.get(m.personId);
    return p !== undefined && holdsOfficeOn(p, office, day);
  });
  if (antecedent) return pointingBack(antecedent);
  if (office.needsAntecedent) return null;
  const all = holdersOn(people, office, day, null);
  if (all.length === 1) return asOffice(all[0], null);
  // Several countries have the office: only when every person the article named before is of one country is the
  // office that country's ("Modi spoke. Later the president..." is India's; after Modi and Sharif it is nobody's).
  const countries = new Set(before.map((m) => byId.get(m.personId)?.country).filter((c): c is string => typeof c === 'string'));
  if (countries.size !== 1) return null;
  const [onlyCountry = ''] = [...countries];
  const local = holdersOn(people, office, day, onlyCountry);
  return local.length === 1 ? asOffice(local[0], onlyCountry) : null;
}

/**
 * The mentions a role phrase may point back to, nearest last: those before it. Rule "the headline's title": a title in
 * a headline that nobody named comes before ("PM holds meeting with service chiefs", "The foreign minister dismissed
 * ...") names the story's person, whom the text names after it: then the mentions after it, the first one nearest.
 */
function antecedentsOf(body: string, at: Range, all: PersonMention[]): PersonMention[] {
  const before = all.filter((x) => x.end <= at.start).sort((a, b) => a.start - b.start);
  if (before.length > 0 || !inHeadline(body, at)) return before;
  return all.filter((x) => x.start >= at.end).sort((a, b) => b.start - a.start);
}

/**
 * Resolves role phrases ("the Secretary", "the US President", "India's foreign minister", "EAM") to the
 * office-holder on the publication day. Left out, rather than guessed: titles of a named person, past or
 * deputy offices, possessives ("our NSA"), and bare titles without "the" or a country unless only one person
 * in the gazetteer holds the office that day.
 */
export function resolveRolePhrases(body: string, published: string, people: Person[], mentions: PersonMention[], skip: Range[]): PersonMention[] {
  const byId = new Map(people.map((p) => [p.id, p]));
  const all = [...mentions];
  const found: PersonMention[] = [];
  for (const m of body.matchAll(ROLE_PHRASE)) {
    const g = m.groups ?? {};
    const officeText = g.office ?? '';
    const office = officeOfPhrase(officeText);
    const cq = g.cq ?? g.cq2;
    if (!office) continue;
    const writtenAsAcronym = office.phrases.some((x) => isAcronym(x) && x === officeText.toUpperCase());
    if (writtenAsAcronym && !isAcronym(officeText)) continue;
    if (cq !== undefined && !isUpperWord(cq)) continue;
    if (office.needsAntecedent && (g.det === undefined || cq !== undefined)) continue;
    const start = m.index;
    const end = start + m[0].length;
    if (overlapsAny(start, end, all) || overlapsAny(start, end, skip)) continue;
    if (NOT_THIS_HOLDER.test(body.slice(Math.max(0, start - 20), start))) continue;
    if (SERVES_THE_HOLDER.test(body.slice(Math.max(0, start - SERVES_REACH), start))) continue;
    if (titleOfName(body, end, office, all, byId) || appositiveOfName(body, start, office, all, byId)) continue;
    const country = cq === undefined ? countryOfPhrase(office, officeText) : countryOfWord(cq);
    const before = antecedentsOf(body, { start, end }, all);
    const unique = holdersOn(people, office, published, country).length === 1;
    // A headline drops its articles ("PM holds talks"): there a bare title may name the story's holder named after it.
    const headlineHolder = before.some((x) => {
      const p = x.start >= end ? byId.get(x.personId) : undefined;
      return p !== undefined && holdsOfficeOn(p, office, published);
    });
    if (g.det === undefined && country === null && !unique && !headlineHolder) continue;
    const holder = resolveHolder(office, country, before, people, byId, published);
    if (holder === null) continue;
    const mention: PersonMention = { start, end, text: m[0], personId: holder.id, via: 'coreference', ...(holder.office ? { offices: [holder.office] } : {}) };
    found.push(mention);
    all.push(mention);
  }
  return found;
}
