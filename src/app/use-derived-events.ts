import { useMemo } from 'react';
import type { Dataset } from '../shared/schema';
import type { EventFilters } from '../features/filters/types';
import { useArticleBodies } from '../features/filters/api/get-article-bodies';
import { buildArticleTextIndex, buildSearchIndex, ownSearchText } from '../features/filters/utils/build-search-index';
import { countFacets } from '../features/filters/utils/count-facets';
import { filterEvents, matchedInArticleText } from '../features/filters/utils/filter-events';

const NONE: ReadonlySet<string> = new Set();

/** Everything computed from the dataset and the filters; per-dataset work is done once, per-filter work on change. */
export function useDerivedEvents(ds: Dataset, filters: EventFilters) {
  const perDataset = useMemo(
    () => ({
      searchIndex: buildSearchIndex(ds.events),
      articles: new Map(ds.articles.map((a) => [a.id, a])),
      people: new Map(ds.people.map((p) => [p.id, p])),
      events: new Map(ds.events.map((e) => [e.id, e])),
    }),
    [ds],
  );
  // The articles' text is fetched when the reader first searches, not on the first load.
  const bodies = useArticleBodies(ds.articles, filters.query.trim() !== '');
  const articleText = useMemo(() => (bodies.bodies ? buildArticleTextIndex(ds.events, bodies.bodies) : null), [ds, bodies.bodies]);
  const filtered = useMemo(() => filterEvents(ds.events, perDataset.searchIndex, filters, articleText), [ds, perDataset, filters, articleText]);
  const counts = useMemo(() => countFacets(ds.events, perDataset.searchIndex, filters, articleText), [ds, perDataset, filters, articleText]);
  const inArticleText = useMemo(() => (articleText ? matchedInArticleText(filtered, filters.query, ownSearchText) : NONE), [articleText, filtered, filters.query]);
  const articleSearch = { searchable: bodies.searchable, loading: bodies.loading, failed: bodies.failed, matches: inArticleText };
  return { ...perDataset, filtered, counts, articleSearch };
}
