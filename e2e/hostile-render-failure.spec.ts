import { resultCount } from './support/published-data';
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { datasetSchema } from '../src/shared/schema';
import { datasetFiles } from './support/dataset-files';

/** A machine shared with other work can take seconds to refetch and parse; that is not what these tests judge. */
const LOADED = { timeout: 20_000 };

/**
 * A render failure needs a real cause, not a test hook in production code. Two events sharing an id pass the
 * schema (it checks references, not uniqueness) but the timeline widget refuses duplicate item ids and throws
 * from an effect. Without the error boundary React unmounts everything and the page goes blank.
 */
const real = datasetSchema.parse(JSON.parse(readFileSync('public/data/events.json', 'utf8')));
const [first, second] = real.events;
if (!first || !second) throw new Error('the real dataset needs two events');
const duplicated = { ...real, events: [first, { ...second, id: first.id }, ...real.events.slice(2)] };

test('a dataset the page cannot show ends on a readable message with a reload button, not a blank page', async ({ page }) => {
  test.slow(); // the page loads twice
  expect(datasetSchema.safeParse(duplicated).success).toBe(true);
  const uncaught: Error[] = [];
  page.on('pageerror', (e) => uncaught.push(e));
  let served = 0;
  const broken = datasetFiles(duplicated);
  await page.route('**/data/**', async (route) => {
    const file = new URL(route.request().url()).pathname.replace(/^\/data\//, '');
    if (file === 'index.json') served++;
    const body = served === 1 ? broken.get(file) : undefined;
    await (body === undefined ? route.fallback() : route.fulfill({ status: 200, contentType: 'application/json', body }));
  });
  await page.goto('/');

  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Something went wrong while showing this page');
  await alert.getByText('Technical details').click();
  // The technical details carry the widget's own error message, whatever it is.
  await expect(alert.getByRole('group')).not.toHaveText('');
  expect(uncaught).toEqual([]);

  // Reloading fetches the data again; once it is sound, the page works.
  await page.getByRole('button', { name: 'Reload the page' }).click();
  await expect(resultCount(page, `${real.events.length} events`)).toBeVisible(LOADED);
  expect(served).toBe(2);
});
