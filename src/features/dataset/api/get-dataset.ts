import { queryOptions, useQuery } from '@tanstack/react-query';
import { datasetSchema } from '../../../shared/schema';
import { loadJson } from './load-json';

export const DATASET_URL = `${import.meta.env.BASE_URL}data/events.json`;

export const datasetQueryOptions = () =>
  queryOptions({
    queryKey: ['dataset', 'events'],
    queryFn: ({ signal }) => loadJson(DATASET_URL, datasetSchema, signal),
  });

export function useDataset() {
  return useQuery(datasetQueryOptions());
}
