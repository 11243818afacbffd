import { expect, test } from '@playwright/test';
import { serveDataFiles } from './support/dataset-files';
import { countText, total, resultCount } from './support/published-data';

test('data cut off mid-file shows what is wrong, and retry recovers once it is back', async ({ page }) => {
  let broken = true;
  await page.route('**/data/index.json', async (route) => {
    if (broken) await route.fulfill({ status: 200, contentType: 'application/json', body: '{"schemaVersion": 1, "shards": [' });
    else await route.continue();
  });
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The event data could not be loaded');
  await expect(alert).toContainText('the file is empty or cut off');
  broken = false;
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(resultCount(page, countText(total))).toBeVisible();
});

test('data that fails the schema names where it fails', async ({ page }) => {
  const shard = { file: 'shards/india-pakistan-2025-05.json', conflict: 'india-pakistan', month: '2025-05', events: 1 };
  await serveDataFiles(
    page,
    new Map([
      ['index.json', JSON.stringify({ schemaVersion: 1, articles: [], people: [], shards: [shard] })],
      [shard.file, JSON.stringify({ conflict: shard.conflict, month: shard.month, events: [{ id: 'Bad Id' }] })],
    ]),
  );
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('does not match the schema at events.0');
  await expect(alert).toContainText(`data/${shard.file}`);
});

test('a search with no match shows an empty state whose button clears the filters', async ({ page }) => {
  await page.goto('/?exact=1');
  await page.getByRole('searchbox', { name: 'Search titles, excerpts and article text' }).fill('zzqxv-nothing-matches-this');
  await expect(page.getByRole('heading', { name: 'No events match these filters' })).toBeVisible();
  await expect(resultCount(page, countText(0))).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters', exact: true }).click();
  await expect(resultCount(page, countText(total))).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'Search titles, excerpts and article text' })).toHaveValue('');
  await expect(page.getByRole('checkbox', { name: 'Exact dates only' })).not.toBeChecked();
});
