import { CONFLICTS, type Person } from '../../src/shared/schema';
import { findCountries } from '../lexicon/country-names';
import type { PersonMention, Range } from '../types';
import { COUNTRY_WORD_SOURCE, countryOfWord } from './country-words';
import { OFFICES, holdersOn, type Office } from './offices';
import { overlapsAny } from './overlaps';

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const isAcronym = (s: string) => /^[A-Z]{2,}$/.test(s);

/**
 * The plural of an office phrase: "DGMOs", "Foreign Ministers", "Directors General of Military Operations" (and the
 * common "Director Generals"). Before "of", any word may take the plural; otherwise the last one does.
 */
export function pluralOf(phrase: string): string {
  if (isAcronym(phrase)) return `${esc(phrase)}s`;
  const [head = '', ...rest] = phrase.split(/\s+of\s+/i);
  const words = head.split(/\s+/).map(esc);
  const plural = rest.length ? words.map((w) => `${w}s?`).join(String.raw`\s+`) : [...words.slice(0, -1), `${words.at(-1) ?? ''}s`].join(String.raw`\s+`);
  return rest.length ? `${plural}\\s+of\\s+${rest.map((r) => r.split(/\s+/).map(esc).join(String.raw`\s+`)).join(String.raw`\s+of\s+`)}` : plural;
}

const plurals = OFFICES.filter((o) => !o.needsAntecedent).flatMap((o) => o.phrases.map((p) => ({ office: o, re: pluralOf(p) })));
const PLURAL = plurals.map((p) => `(?:${p.re})`).join('|');
const COUNTRY = `(?:${COUNTRY_WORD_SOURCE})`;
/** "the DGMOs of both countries", "the Foreign Ministers of India and Pakistan", "Indian and Pakistani DGMOs". */
const PLURAL_OFFICE = new RegExp(
  String.raw`(?<![\p{L}])(?:(?<c1>${COUNTRY})\s+and\s+(?<c2>${COUNTRY})\s+)?(?<office>${PLURAL})(?:\s*\([A-Za-z]+\))?(?:\s+(?:of|from)\s+(?:the\s+)?(?:(?<both>both|the\s+two)\s+(?:countries|nations|sides)|(?<c3>${COUNTRY})\s+and\s+(?<c4>${COUNTRY})))?(?![\p{L}])`,
  'giu',
);

function officeOf(text: string): Office | undefined {
  return plurals.find((p) => new RegExp(`^(?:${p.re})$`, 'iu').test(text))?.office;
}

/** Who "both countries" are: the two states the article names most that each have one holder of the office. */
function mainCountries(body: string, holds: (country: string) => boolean): string[] {
  const counts = new Map<string, number>();
  for (const c of findCountries(body)) counts.set(c.code, (counts.get(c.code) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([c]) => c).filter(holds).slice(0, 2);
}

/**
 * "the DGMOs", "the two foreign ministers": a plural office with nothing before it but its article (and "two"), and
 * no state after it ("the foreign ministers of the G7", "advisers from Britain" qualify it otherwise).
 */
const BARE_BEFORE = /(?:^|[^\p{L}])the\s+(?:two\s+)?$/iu;
const QUALIFIED_AFTER = /^\s*(?:of|from)\b/i;
/** Between a plural office and the first of the names it is the title of: a space only. */
const TITLES_NEXT = /^\s+$/;
/** How far before the office "the two " may stand. */
const BARE_LEAD = 12;

/**
 * The article's own two states: the parties of the one conflict whose both states it names (an article naming both
 * parties of both conflicts, or of none, has no such pair). A bare plural office is theirs.
 */
function articleParties(body: string): string[] {
  const named = new Set(findCountries(body).map((c) => c.code));
  const pairs = Object.values(CONFLICTS).map((c) => [...c.countries]).filter((pair) => pair.every((code) => named.has(code)));
  return pairs.length === 1 ? (pairs[0] ?? []) : [];
}

/**
 * Plural offices of two named states (or, bare, of the article's own two states), resolved by who held each on the
 * publication day: one mention whose `also` names the second holder. Unresolved when either state's holder is not
 * one known person.
 */
export function resolvePluralOffices(body: string, published: string, people: Person[], mentions: PersonMention[], skip: Range[]): PersonMention[] {
  const out: PersonMention[] = [];
  for (const m of body.matchAll(PLURAL_OFFICE)) {
    const g = m.groups ?? {};
    const office = officeOf(g.office ?? '');
    const named = [g.c1, g.c2, g.c3, g.c4].filter((c): c is string => c !== undefined).map(countryOfWord);
    if (!office) continue;
    const bare = named.length === 0 && !g.both && BARE_BEFORE.test(body.slice(Math.max(0, m.index - BARE_LEAD), m.index)) && !QUALIFIED_AFTER.test(body.slice(m.index + m[0].length));
    const countries = named.length === 2 ? named : g.both ? mainCountries(body, (c) => holdersOn(people, office, published, c).length === 1) : bare ? articleParties(body) : [];
    if (countries.length !== 2 || countries.some((c) => c === null)) continue;
    const start = m.index;
    const end = start + m[0].length;
    if (overlapsAny(start, end, mentions) || overlapsAny(start, end, skip)) continue;
    // Rule "the title of the names after it": "Prime Ministers of Poland and Britain Donald Tusk and Keir Starmer" names
    // the people right after it; it stands for nobody of its own.
    if (mentions.some((x) => x.start >= end && TITLES_NEXT.test(body.slice(end, x.start)))) continue;
    const ids = countries.map((c) => holdersOn(people, office, published, c));
    if (ids.some((h) => h.length !== 1)) continue;
    const [first, second] = ids.map((h) => h[0]?.id ?? '');
    if (!first || !second) continue;
    const offices = [first, second].map((personId, i) => ({ personId, key: office.key, country: countries[i] ?? null }));
    out.push({ start, end, text: m[0], personId: first, via: 'coreference', also: [second], offices });
  }
  return out;
}
