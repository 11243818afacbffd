import { QueryClient } from '@tanstack/react-query';
import { datasetQueryOptions } from '../features/dataset/api/get-dataset';

/** The dataset is static and versioned with the build: fetch once, never refetch on focus. */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { staleTime: Infinity, refetchOnWindowFocus: false, retry: 1 },
  },
});

/**
 * Starts the dataset's query before the first render; a failure is the page's to show, through the same query.
 * Resolves (never rejects) once the query has settled either way.
 */
export function startLoadingDataset(): Promise<void> {
  return queryClient.query(datasetQueryOptions()).then(
    () => undefined,
    () => undefined,
  );
}
