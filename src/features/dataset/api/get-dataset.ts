import { queryOptions, useQuery } from '@tanstack/react-query';
import { loadValidatedDataset } from './load-validated-dataset';

export const DATASET_URL = `${import.meta.env.BASE_URL}data/index.json`;

export const datasetQueryOptions = (url: string = DATASET_URL) =>
  queryOptions({
    queryKey: ['dataset', 'events', url],
    queryFn: ({ signal }) => loadValidatedDataset(url, signal),
  });

/** The whole validated dataset ({schemaVersion, articles, people, events}); `url` lets a benchmark point it elsewhere. */
export function useDataset(url: string = DATASET_URL) {
  return useQuery(datasetQueryOptions(url));
}
