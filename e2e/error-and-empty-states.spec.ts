import { expect, test } from '@playwright/test';
import { countText, total, resultCount } from './support/published-data';

test('data cut off mid-file shows what is wrong, and retry recovers once it is back', async ({ page }) => {
  let broken = true;
  await page.route('**/data/events.json', async (route) => {
    if (broken) await route.fulfill({ status: 200, contentType: 'application/json', body: '{"schemaVersion": 1, "events": [' });
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
  await page.route('**/data/events.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ schemaVersion: 1, articles: [], people: [], events: [{ id: 'Bad Id' }] }) }),
  );
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('does not match the schema at events.0');
});

test('a search with no match shows an empty state whose button clears the filters', async ({ page }) => {
  await page.goto('/?exact=1');
  await page.getByRole('searchbox', { name: 'Search titles and excerpts' }).fill('zzqxv-nothing-matches-this');
  await expect(page.getByRole('heading', { name: 'No events match these filters' })).toBeVisible();
  await expect(resultCount(page, countText(0))).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters', exact: true }).click();
  await expect(resultCount(page, countText(total))).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'Search titles and excerpts' })).toHaveValue('');
  await expect(page.getByRole('checkbox', { name: 'Exact dates only' })).not.toBeChecked();
});
