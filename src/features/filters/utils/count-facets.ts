import type { TimelineEvent } from '../../../shared/schema';
import type { EventFilters } from '../types';
import type { ArticleTextIndex } from './build-search-index';
import { makeMatcher } from './filter-events';

export interface FacetCounts {
  conflict: Map<string, number>;
  countries: Map<string, number>;
  officials: Map<string, number>;
  types: Map<string, number>;
}

function tally(map: Map<string, number>, keys: readonly string[]) {
  for (const k of new Set(keys)) map.set(k, (map.get(k) ?? 0) + 1);
}

/**
 * For each option, how many events choosing it would show given every other active filter
 * (the usual faceted-search rule: a facet does not narrow its own counts).
 */
export function countFacets(
  events: readonly TimelineEvent[],
  searchIndex: readonly string[],
  filters: EventFilters,
  articleText?: ArticleTextIndex | null,
): FacetCounts {
  const counts: FacetCounts = { conflict: new Map(), countries: new Map(), officials: new Map(), types: new Map() };
  const byConflict = makeMatcher(events, searchIndex, filters, 'conflict', articleText);
  const byCountry = makeMatcher(events, searchIndex, filters, 'countries', articleText);
  const byOfficial = makeMatcher(events, searchIndex, filters, 'officials', articleText);
  const byType = makeMatcher(events, searchIndex, filters, 'types', articleText);
  events.forEach((ev, i) => {
    if (byConflict(i)) tally(counts.conflict, [ev.conflict]);
    if (byCountry(i)) tally(counts.countries, ev.countries);
    if (byOfficial(i)) tally(counts.officials, ev.actors);
    if (byType(i)) tally(counts.types, [ev.type]);
  });
  return counts;
}
