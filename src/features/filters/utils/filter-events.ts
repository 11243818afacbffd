import type { TimelineEvent } from '../../../shared/schema';
import type { EventFilters } from '../types';
import { toSearchTerms } from './build-search-index';

/** A facet left out when counting its own options, so each count says what choosing it would give. */
export type Facet = 'conflict' | 'countries' | 'officials' | 'types';

/** Returns a predicate over event indexes; `skip` ignores one facet (for counts). */
export function makeMatcher(
  events: readonly TimelineEvent[],
  searchIndex: readonly string[],
  filters: EventFilters,
  skip?: Facet,
): (i: number) => boolean {
  const countries = skip === 'countries' || !filters.countries.length ? null : new Set(filters.countries);
  const officials = skip === 'officials' || !filters.officials.length ? null : new Set(filters.officials);
  const types = skip === 'types' || !filters.types.length ? null : new Set<string>(filters.types);
  const conflict = skip === 'conflict' ? null : filters.conflict;
  const terms = toSearchTerms(filters.query);
  const { from, to, exactOnly } = filters;
  return (i) => {
    const ev = events[i];
    if (!ev) return false;
    if (conflict && ev.conflict !== conflict) return false;
    if (types && !types.has(ev.type)) return false;
    if (exactOnly && ev.date.precision !== 'day') return false;
    if (from && ev.date.end < from) return false;
    if (to && ev.date.start > to) return false;
    if (countries && !ev.countries.some((c) => countries.has(c))) return false;
    if (officials && !ev.actors.some((a) => officials.has(a))) return false;
    if (terms.length) {
      const text = searchIndex[i] ?? '';
      for (const t of terms) if (!text.includes(t)) return false;
    }
    return true;
  };
}

export function filterEvents(
  events: readonly TimelineEvent[],
  searchIndex: readonly string[],
  filters: EventFilters,
): TimelineEvent[] {
  const matches = makeMatcher(events, searchIndex, filters);
  const out: TimelineEvent[] = [];
  events.forEach((ev, i) => {
    if (matches(i)) out.push(ev);
  });
  return out;
}
