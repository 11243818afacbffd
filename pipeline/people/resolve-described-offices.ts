import type { Person } from '../../src/shared/schema';
import { escapeRegex } from '../lexicon/countries';
import { INSTITUTION_HEADS, OFFICE_DESCRIPTIONS, EPITHET, officeOfDescription } from '../lexicon/office-descriptions';
import type { OfficeReference, PersonMention, Range } from '../types';
import { COUNTRY_WORD_SOURCE, countryOfWord } from './country-words';
import { OFFICE_BY_KEY, holdersOn } from './offices';
import { overlapsAny } from './overlaps';
import { VISITING } from '../lexicon/person-objects';

const byLength = (a: string, b: string) => b.length - a.length;
const WORDS = [...new Set(OFFICE_DESCRIPTIONS.flatMap((d) => d.words))].sort(byLength).map(escapeRegex).join('|');
const INSTITUTIONS = INSTITUTION_HEADS.map((h) => escapeRegex(h.institution)).join('|');
const HEAD_WORDS = [...new Set(INSTITUTION_HEADS.flatMap((h) => h.words))].sort(byLength).map(escapeRegex).join('|');
/**
 * "the Russian leader", "Russia's leader", "the Kremlin chief", "the Kremlin's spokesman", "FSB chief". The demonym
 * form needs "the" right before the country word, so "a Russian leader" (anyone), "the former Russian leader" and "the
 * then Russian leader" (another time) never match; the possessive form needs no article ("Russia's top diplomat"), nor
 * does an institution ("FSB chief"). The country word and the institution are capitalised.
 */
/**
 * Rule "a description split by its state": "the top Iranian diplomat", "the most senior Russian general": a description
 * that opens with a word of rank may carry the country word after that word, meaning the same as "Iran's top diplomat".
 */
const RANK_LEADS = ['top', 'chief', 'most senior', 'highest-ranking'];
const SPLIT = [...new Set(OFFICE_DESCRIPTIONS.flatMap((d) => d.words))].flatMap((w) => RANK_LEADS.filter((l) => w.startsWith(`${l} `)).map((lead) => ({ lead, rest: w.slice(lead.length + 1) })));
const LEADS = [...new Set(SPLIT.map((x) => x.lead))].sort(byLength).map(escapeRegex).join('|');
const RESTS = [...new Set(SPLIT.map((x) => x.rest))].sort(byLength).map(escapeRegex).join('|');
const DESCRIBED = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?:the\s+(?<lead>${LEADS})\s+(?<cs>${COUNTRY_WORD_SOURCE})\s+(?<rest>${RESTS}))|(?:(?:the\s+${VISITING}(?<cq>${COUNTRY_WORD_SOURCE}))|(?<cp>${COUNTRY_WORD_SOURCE})['’]s|(?:(?:the\s+)?(?<inst>${INSTITUTIONS})(?:['’]s)?))\s+${EPITHET}(?<word>${WORDS}|${HEAD_WORDS}))(?![\p{L}\p{N}-])`,
  'giu',
);
/** "leader" -> "leaders", "head of state" -> "heads of state". */
export const pluralOfDescription = (word: string) => word.replace(/^(\S+)(?=\s+of\s)|^(.*\S)$/u, (_m, a?: string, b?: string) => `${a ?? b ?? ''}s`);
const PLURAL_WORDS = OFFICE_DESCRIPTIONS.flatMap((d) => d.words.map(pluralOfDescription)).sort(byLength).map(escapeRegex).join('|');
/**
 * "the Russian and Ukrainian leaders", "the leaders of Russia and Ukraine": both holders, or nobody. "the" is needed
 * ("Russian and Ukrainian leaders met" may mean any officials).
 */
const PLURAL_DESCRIBED = new RegExp(
  String.raw`(?<![\p{L}\p{N}])the\s+(?:(?<c1>${COUNTRY_WORD_SOURCE})\s+and\s+(?<c2>${COUNTRY_WORD_SOURCE})\s+(?<w1>${PLURAL_WORDS})|(?<w2>${PLURAL_WORDS})\s+of\s+(?<c3>${COUNTRY_WORD_SOURCE})\s+and\s+(?<c4>${COUNTRY_WORD_SOURCE}))(?![\p{L}\p{N}-])`,
  'giu',
);
/** Words before the match that make it another time or not this holder ("the then", "former"). */
const NOT_THIS_HOLDER = /(?:^|[^\p{L}])(?:former|ex|late|then|next|future|incoming|outgoing|would-be)[\s-]*$/iu;

const isUpperWord = (s: string) => /^\p{Lu}/u.test(s);
const norm = (s: string) => s.replace(/\s+/g, ' ').toLowerCase();

/** The office key the words name: through a description in a country, or an institution's own office. */
function officeKeyOf(word: string, institution: string | undefined, countryWord: string | undefined): { key: string | null; country: string } | null {
  const w = norm(word);
  if (institution !== undefined) {
    const head = INSTITUTION_HEADS.find((h) => norm(h.institution) === norm(institution) && h.words.includes(w));
    if (!head) return null;
    if (head.office !== undefined) return { key: head.office, country: head.country };
    const d = OFFICE_DESCRIPTIONS.find((x) => x.name === head.description);
    return d ? { key: officeOfDescription(d, head.country), country: head.country } : null;
  }
  const d = OFFICE_DESCRIPTIONS.find((x) => x.words.includes(w));
  const country = countryWord === undefined ? null : countryOfWord(countryWord);
  return d && country !== null ? { key: officeOfDescription(d, country), country } : null;
}

/**
 * Described offices ("the Russian leader", "India's top diplomat", "the Kremlin chief") resolved to whoever held the
 * office on `day` (the article's publication day), through the shared office rule. Nobody when the table names no
 * office for the country, when no one or more than one person held it that day, or when a name follows (then the
 * phrase is that person's title: "the Russian leader Vladimir Putin").
 */
export function resolveDescribedOffices(body: string, day: string, people: Person[], mentions: PersonMention[], skip: Range[]): PersonMention[] {
  const found: PersonMention[] = [];
  for (const m of body.matchAll(DESCRIBED)) {
    const g = m.groups ?? {};
    const countryWord = g.cq ?? g.cp ?? g.cs;
    if (countryWord !== undefined && !isUpperWord(countryWord)) continue;
    if (g.inst !== undefined && !isUpperWord(g.inst)) continue;
    const named = officeKeyOf(g.lead !== undefined ? `${g.lead} ${g.rest ?? ''}` : (g.word ?? ''), g.inst, countryWord);
    if (!named) continue;
    const { key, country } = named;
    const office = key === null ? undefined : OFFICE_BY_KEY.get(key);
    if (!office) continue;
    const start = m.index;
    const end = start + m[0].length;
    if (overlapsAny(start, end, mentions) || overlapsAny(start, end, skip)) continue;
    if (NOT_THIS_HOLDER.test(body.slice(Math.max(0, start - 20), start))) continue;
    // "the Kremlin chief of staff", "the Indian leader of the opposition": another office.
    if (/^\s+of\b/iu.test(body.slice(end, end + 8))) continue;
    const gap = /^[\s,]{0,3}/.exec(body.slice(end))?.[0].length ?? 0;
    if (mentions.some((x) => x.start >= end && x.start <= end + gap)) continue;
    const holders = holdersOn(people, office, day, country);
    if (holders.length !== 1) continue;
    const id = holders[0]?.id;
    if (id === undefined) continue;
    found.push({ start, end, text: m[0], personId: id, via: 'coreference', offices: [{ personId: id, key: office.key, country }] });
  }
  for (const m of body.matchAll(PLURAL_DESCRIBED)) {
    const g = m.groups ?? {};
    const words = [g.c1 ?? g.c3, g.c2 ?? g.c4];
    if (words.some((w) => w === undefined || !isUpperWord(w))) continue;
    const plural = norm(g.w1 ?? g.w2 ?? '');
    const d = OFFICE_DESCRIPTIONS.find((x) => x.words.some((w) => pluralOfDescription(w) === plural));
    if (!d) continue;
    const start = m.index;
    const end = start + m[0].length;
    if (overlapsAny(start, end, mentions) || overlapsAny(start, end, skip) || overlapsAny(start, end, found)) continue;
    if (NOT_THIS_HOLDER.test(body.slice(Math.max(0, start - 20), start))) continue;
    const refs = words.map((w): OfficeReference | null => {
      const country = countryOfWord(w ?? '');
      const key = country === null ? null : officeOfDescription(d, country);
      const office = key === null ? undefined : OFFICE_BY_KEY.get(key);
      const holders = office && country !== null ? holdersOn(people, office, day, country) : [];
      const id = holders.length === 1 ? holders[0]?.id : undefined;
      return id && office ? { personId: id, key: office.key, country } : null;
    });
    const [first, second] = refs;
    if (!first || !second || first.personId === second.personId) continue;
    found.push({ start, end, text: m[0], personId: first.personId, via: 'coreference', also: [second.personId], offices: [first, second] });
  }
  return found.sort((a, b) => a.start - b.start);
}
