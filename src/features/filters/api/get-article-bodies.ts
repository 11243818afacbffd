import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Article } from '../../../shared/schema';
import { articleTextQueryOptions } from '../../../shared/api/get-article-text';

/**
 * Search reads the articles' whole text only while this much of it (UTF-16 code units, as the index states each
 * body's length) is in the dataset: about 2 MB, some 0.7 MB gzipped, downloaded once when the reader first
 * searches. Past it, search keeps to titles and excerpts and says so, rather than download a corpus to a phone.
 */
export const ARTICLE_TEXT_SEARCH_MAX_CHARS = 2_000_000;

export interface ArticleBodies {
  /** False when the corpus is too large to search in the page. */
  searchable: boolean;
  /** Bodies by article id, once every one has loaded (those that failed left out); null before, or when not wanted. */
  bodies: ReadonlyMap<string, string> | null;
  loading: boolean;
  failed: number;
}

type Body = { id: string; body: string };
/** A stable function, so TanStack Query reuses the combined result while the queries do not change. */
const combine = (results: UseQueryResult<Body>[]) => ({
  data: results.map((r) => r.data),
  loading: results.some((r) => r.isPending),
  failed: results.filter((r) => r.isError).length,
});

/**
 * The articles' bodies for search, fetched only when `wanted` (the reader has typed a search): the first load of
 * the page never downloads them. They are the same files, and the same cache, as the article reader's.
 */
export function useArticleBodies(articles: readonly Article[], wanted: boolean): ArticleBodies {
  const searchable = useMemo(() => articles.reduce((n, a) => n + a.bodyLength, 0) <= ARTICLE_TEXT_SEARCH_MAX_CHARS, [articles]);
  const fetchAll = wanted && searchable;
  const q = useQueries({ queries: fetchAll ? articles.map((a) => articleTextQueryOptions(a.id)) : [], combine });
  const bodies = useMemo(() => {
    if (!fetchAll || q.loading) return null;
    return new Map(q.data.flatMap((d) => (d ? [[d.id, d.body] as const] : [])));
  }, [fetchAll, q.loading, q.data]);
  return { searchable, bodies, loading: fetchAll && q.loading, failed: q.failed };
}
