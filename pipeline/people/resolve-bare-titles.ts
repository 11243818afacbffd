import type { Person } from '../../src/shared/schema';
import type { PersonMention, Range } from '../types';
import { OFFICE_BY_KEY, holdersOn } from './offices';
import { overlapsAny } from './overlaps';

/**
 * Titles that more than one organisation gives ("the Secretary-General" of the UN or of NATO), named with nothing but
 * their article: each with the words that name its organisation in the text.
 */
const BARE_TITLES: { title: RegExp; offices: { key: string; named: RegExp }[] }[] = [
  {
    title: /(?<![\p{L}-])[Tt]he\s+Secretary[-\s]General(?![\p{L}-])(?!\s+of\b)/gu,
    offices: [
      { key: 'un-secretary-general', named: /\b(?:UN|U\.N\.|United\s+Nations)\b/ },
      { key: 'nato-secretary-general', named: /\bNATO\b|\bNato\b/ },
    ],
  },
];

/**
 * "key UN officials including the Secretary-General": a title several organisations give is the holder of the one
 * organisation the article names (on the publication day); an article naming both, or neither, leaves it unresolved.
 */
export function resolveBareTitles(body: string, published: string, people: Person[], mentions: PersonMention[], skip: Range[]): PersonMention[] {
  const out: PersonMention[] = [];
  for (const t of BARE_TITLES) {
    const named = t.offices.filter((o) => o.named.test(body));
    const office = named.length === 1 && named[0] ? OFFICE_BY_KEY.get(named[0].key) : undefined;
    const holders = office ? holdersOn(people, office, published, null) : [];
    const holder = holders.length === 1 ? holders[0] : undefined;
    if (!office || !holder) continue;
    for (const m of body.matchAll(t.title)) {
      const start = m.index;
      const end = start + m[0].length;
      if (overlapsAny(start, end, mentions) || overlapsAny(start, end, skip)) continue;
      out.push({ start, end, text: m[0], personId: holder.id, via: 'coreference', offices: [{ personId: holder.id, key: office.key, country: null }] });
    }
  }
  return out;
}
