import { resultCount } from './support/published-data';
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { datasetSchema } from '../src/shared/schema';

const dataset = datasetSchema.parse(JSON.parse(readFileSync('public/data/events.json', 'utf8')));

test('a reader opens the dashboard and sees one timeline item per event', async ({ page }) => {
  await page.goto('/');
  const timeline = page.getByTestId('timeline');
  await expect(resultCount(page, `${dataset.events.length} events`)).toBeVisible();
  await expect(timeline.locator('[data-event-id]')).toHaveCount(dataset.events.length);
  for (const ev of dataset.events) await expect(timeline.getByText(ev.title, { exact: true }).first()).toBeVisible();
});

test('a reader sees a clear error, not a blank page, when the data is missing', async ({ page }) => {
  await page.route('**/data/index.json', (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The event data could not be loaded');
  await expect(alert).toContainText('404');
  await expect(page.getByRole('button', { name: 'Retry' })).toBeVisible();
});
