import type { Person } from '../../src/shared/schema';
import type { PersonMention, Range } from '../types';
import { overlapsAny } from './overlaps';
import { foldName } from './text-similarity';

/**
 * Rule "a knight by his given name": British usage names a knight or dame by "Sir" or "Dame" and the given name alone
 * ("Sir Keir said", "Dame Karen"), once the full name has been given. The words stand for the one person the article
 * has already named whose given name it is; where none or two are, for nobody. "Sir Keir Starmer" in full is the
 * gazetteer's (the next word capitalised is a surname, and no given name alone).
 */
const KNIGHTED_GIVEN_NAME = /(?<![\p{L}])(?:Sir|Dame)\s+(?<given>\p{Lu}[\p{L}'’-]+)(?![\p{L}'’-])(?!\s+\p{Lu})/gu;

const givenNames = (p: Person) => new Set([p.name, ...p.aliases].map((n) => foldName(n.split(/\s+/).find((w) => !/^(?:sir|dame)$/i.test(w)) ?? '')));

export function findKnightedGivenNames(body: string, people: Person[], named: PersonMention[], skip: Range[]): PersonMention[] {
  const out: PersonMention[] = [];
  for (const m of body.matchAll(KNIGHTED_GIVEN_NAME)) {
    const start = m.index;
    const end = start + m[0].length;
    if (overlapsAny(start, end, named) || overlapsAny(start, end, skip)) continue;
    const given = foldName(m.groups?.given ?? '');
    const before = new Set(named.filter((x) => x.end <= start).map((x) => x.personId));
    const ids = people.filter((p) => before.has(p.id) && givenNames(p).has(given)).map((p) => p.id);
    if (ids.length !== 1 || !ids[0]) continue;
    out.push({ start, end, text: m[0], personId: ids[0], via: 'fuzzy' });
  }
  return out;
}
