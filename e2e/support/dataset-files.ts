import type { Page } from '@playwright/test';
import { splitIntoShards, type Dataset } from '../../src/shared/schema';

/** The files the app reads for a dataset, keyed by their path under data/: index.json and shards/*.json. */
export function datasetFiles(ds: Dataset): Map<string, string> {
  const { index, shards } = splitIntoShards(ds);
  return new Map([['index.json', JSON.stringify(index)], ...[...shards].map(([file, s]) => [file, JSON.stringify(s)] as [string, string])]);
}

/** Serves /data/** from memory, as a static host would serve a pipeline's output folder; anything else is 404. */
export async function serveDataFiles(page: Page, files: Map<string, string>) {
  await page.route('**/data/**', async (route) => {
    const body = files.get(new URL(route.request().url()).pathname.replace(/^\/data\//, ''));
    await (body === undefined ? route.fulfill({ status: 404, body: 'Not found' }) : route.fulfill({ status: 200, contentType: 'application/json', body }));
  });
}
