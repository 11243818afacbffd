import { expect, test, type Page } from '@playwright/test';
import { synthDataset } from '../bench/synth/synth-dataset';
import { SMALL_DATASET_EVENTS } from '../src/shared/lib/dataset-size';
import { datasetFiles, serveDataFiles } from './support/dataset-files';
import { must, resultCount } from './support/published-data';

// Above SMALL_DATASET_EVENTS the page hands the checking of its data files to a pool of workers; below it the page
// checks them itself. Both paths must show only data that passed, and name the file that did not.

const LOADED = { timeout: 30_000 };
const LARGE = SMALL_DATASET_EVENTS + 1_000;
const large = synthDataset(LARGE, 11);
const files = datasetFiles(large);

/** Counts the dedicated workers the page starts. */
function countWorkers(page: Page): () => number {
  let workers = 0;
  page.on('worker', () => { workers++; });
  return () => workers;
}

test('a dataset above the threshold is checked in workers and then drawn', async ({ page }) => {
  test.slow(); // a few thousand events, on a shared machine
  const workers = countWorkers(page);
  await serveDataFiles(page, files);
  await page.goto('/');
  await expect(resultCount(page, `${LARGE} events`)).toBeVisible(LOADED);
  await expect(page.locator('.vis-item').first()).toBeVisible();
  expect(workers()).toBeGreaterThan(0);
});

test('a small dataset is checked on the page, with no worker started', async ({ page }) => {
  const workers = countWorkers(page);
  await page.goto('/');
  await expect(page.locator('.vis-item').first()).toBeVisible(LOADED);
  expect(workers()).toBe(0);
});

test('one bad event in one shard of a large dataset: nothing is shown, and the message names that file and field', async ({ page }) => {
  test.slow();
  const shardFiles = [...files.keys()].filter((f) => f !== 'index.json');
  const target = shardFiles[shardFiles.length - 1] ?? 'no shard';
  const shard = JSON.parse(files.get(target) ?? '{}') as { events: { date: { start: string } }[] };
  const last = shard.events.length - 1;
  const bad = must(shard.events[last]);
  bad.date.start = '2025-02-30';
  await serveDataFiles(page, new Map([...files, [target, JSON.stringify(shard)]]));
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The event data could not be loaded', LOADED);
  await expect(alert).toContainText(`data/${target}`);
  await expect(alert).toContainText(`events.${last}.date.start: not a real calendar date`);
  await expect(page.locator('.vis-item')).toHaveCount(0);
});
