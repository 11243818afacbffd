import { useMemo } from 'react';
import type { Dataset } from '../shared/schema';
import type { EventFilters } from '../features/filters/types';
import { buildSearchIndex } from '../features/filters/utils/build-search-index';
import { buildFilterOptions } from '../features/filters/utils/build-filter-options';
import { countFacets } from '../features/filters/utils/count-facets';
import { filterEvents } from '../features/filters/utils/filter-events';

/** Everything computed from the dataset and the filters; per-dataset work is done once, per-filter work on change. */
export function useDerivedEvents(ds: Dataset, filters: EventFilters) {
  const perDataset = useMemo(
    () => ({
      searchIndex: buildSearchIndex(ds.events),
      options: buildFilterOptions(ds),
      articles: new Map(ds.articles.map((a) => [a.id, a])),
      people: new Map(ds.people.map((p) => [p.id, p])),
      events: new Map(ds.events.map((e) => [e.id, e])),
    }),
    [ds],
  );
  const filtered = useMemo(() => filterEvents(ds.events, perDataset.searchIndex, filters), [ds, perDataset, filters]);
  const counts = useMemo(() => countFacets(ds.events, perDataset.searchIndex, filters), [ds, perDataset, filters]);
  return { ...perDataset, filtered, counts };
}
