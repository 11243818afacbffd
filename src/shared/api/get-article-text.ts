import { queryOptions, useQuery } from '@tanstack/react-query';
import { loadJson } from '../lib/load-json';

export const articleTextUrl = (id: string) => `${import.meta.env.BASE_URL}data/articles/${encodeURIComponent(id)}.json`;

/** One article's body, fetched when a reader opens an event it supports; static, so cached for good. */
export const articleTextQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['dataset', 'articles', id],
    queryFn: async ({ signal }) => {
      const { articleTextSchema } = await import('../schema/page-schemas');
      return loadJson(articleTextUrl(id), articleTextSchema, signal);
    },
    staleTime: Infinity,
  });

export function useArticleText(id: string) {
  return useQuery(articleTextQueryOptions(id));
}
