import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Article } from '../../../shared/schema';
import { articleTextQueryOptions } from '../../../shared/api/get-article-text';

/**
 * Search reads the articles' whole text only for a corpus this small, downloaded once when the reader first
 * searches: one request per article (the same files the article reader opens). Measured on 3 December 2026: the
 * 24 articles of the development corpus are 43 kB of JSON, 22 kB gzipped (under 1 kB an article); the 3 published
 * ones 4 kB gzipped. The count of requests is what costs: on the slow-phone profile of bench/ (563 ms latency, six
 * HTTP/1.1 connections) 120 articles take some 20 round trips, about 11 s, while titles and excerpts are searched at
 * once. Past either limit search keeps to titles and excerpts and says so; a bigger corpus would need the pipeline
 * to write one compact search file (a set of words per article is about 45% of the text gzipped).
 */
export const ARTICLE_TEXT_SEARCH_MAX_ARTICLES = 120;
export const ARTICLE_TEXT_SEARCH_MAX_CHARS = 1_000_000;

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
  const searchable = useMemo(
    () => articles.length <= ARTICLE_TEXT_SEARCH_MAX_ARTICLES && articles.reduce((n, a) => n + a.bodyLength, 0) <= ARTICLE_TEXT_SEARCH_MAX_CHARS,
    [articles],
  );
  const fetchAll = wanted && searchable;
  const q = useQueries({ queries: fetchAll ? articles.map((a) => articleTextQueryOptions(a.id)) : [], combine });
  const bodies = useMemo(() => {
    if (!fetchAll || q.loading) return null;
    return new Map(q.data.flatMap((d) => (d ? [[d.id, d.body] as const] : [])));
  }, [fetchAll, q.loading, q.data]);
  return { searchable, bodies, loading: fetchAll && q.loading, failed: q.failed };
}
