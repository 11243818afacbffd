import { useMemo } from 'react';
import type { Dataset } from '../shared/schema';
import type { EventFilters } from '../features/filters/types';
import { useArticleBodies } from '../features/filters/api/get-article-bodies';
import { buildArticleTextIndex, buildSearchIndex, ownSearchText, toSearchTerms } from '../features/filters/utils/build-search-index';
import { countFacets } from '../features/filters/utils/count-facets';
import { filterEvents, matchedInArticleText } from '../features/filters/utils/filter-events';

const NONE: ReadonlySet<string> = new Set();
/** The search index while nothing is searched: the matchers read it only for a search term. */
const NOT_SEARCHED: readonly string[] = [];

/** Everything computed from the dataset and the filters; per-dataset work is done once, per-filter work on change. */
export function useDerivedEvents(ds: Dataset, filters: EventFilters) {
  const perDataset = useMemo(
    () => ({
      searchIndex: once(() => buildSearchIndex(ds.events)),
      articles: new Map(ds.articles.map((a) => [a.id, a])),
      people: new Map(ds.people.map((p) => [p.id, p])),
      events: new Map(ds.events.map((e) => [e.id, e])),
    }),
    [ds],
  );
  // The articles' text is fetched when the reader first searches, not on the first load.
  const bodies = useArticleBodies(ds.articles, filters.query.trim() !== '');
  const articleText = useMemo(() => (bodies.bodies ? buildArticleTextIndex(ds.events, bodies.bodies) : null), [ds, bodies.bodies]);
  // Each event's own words are gathered on the first search, not on the first load.
  const searching = toSearchTerms(filters.query).length > 0;
  const searchIndex = searching ? perDataset.searchIndex() : NOT_SEARCHED;
  const filtered = useMemo(() => filterEvents(ds.events, searchIndex, filters, articleText), [ds, searchIndex, filters, articleText]);
  const counts = useMemo(() => countFacets(ds.events, searchIndex, filters, articleText), [ds, searchIndex, filters, articleText]);
  const inArticleText = useMemo(() => (articleText ? matchedInArticleText(filtered, filters.query, ownSearchText) : NONE), [articleText, filtered, filters.query]);
  const articleSearch = { searchable: bodies.searchable, loading: bodies.loading, failed: bodies.failed, matches: inArticleText };
  return { articles: perDataset.articles, people: perDataset.people, events: perDataset.events, filtered, counts, articleSearch };
}

function once<T>(make: () => T): () => T {
  let made: { value: T } | null = null;
  return () => (made ??= { value: make() }).value;
}
