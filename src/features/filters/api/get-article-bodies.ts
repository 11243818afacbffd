import { queryOptions, useQuery } from '@tanstack/react-query';
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
  /** Bodies by article id, once every one has been tried (those that failed left out); null before, or when not wanted. */
  bodies: ReadonlyMap<string, string> | null;
  loading: boolean;
  failed: number;
}

/**
 * Every article's body in one query, each fetched through its own query (the article reader's), so the two share
 * the cache. One query rather than `useQueries` keeps TanStack's multi-query observer out of the first load.
 */
const allBodiesQueryOptions = (ids: readonly string[]) =>
  queryOptions({
    queryKey: ['dataset', 'articles', 'for-search', ids],
    queryFn: async ({ client }) => {
      const settled = await Promise.allSettled(ids.map((id) => client.query({ ...articleTextQueryOptions(id), staleTime: 'static' })));
      const bodies = new Map(settled.flatMap((r) => (r.status === 'fulfilled' ? [[r.value.id, r.value.body] as const] : [])));
      return { bodies, failed: ids.length - bodies.size };
    },
    staleTime: Infinity,
  });

/**
 * The articles' bodies for search, fetched only when `wanted` (the reader has typed a search): the first load of
 * the page never downloads them.
 */
export function useArticleBodies(articles: readonly Article[], wanted: boolean): ArticleBodies {
  const searchable = useMemo(
    () => articles.length <= ARTICLE_TEXT_SEARCH_MAX_ARTICLES && articles.reduce((n, a) => n + a.bodyLength, 0) <= ARTICLE_TEXT_SEARCH_MAX_CHARS,
    [articles],
  );
  const ids = useMemo(() => articles.map((a) => a.id), [articles]);
  const fetchAll = wanted && searchable;
  const q = useQuery({ ...allBodiesQueryOptions(ids), enabled: fetchAll });
  return { searchable, bodies: fetchAll ? (q.data?.bodies ?? null) : null, loading: fetchAll && q.isPending, failed: q.data?.failed ?? 0 };
}
