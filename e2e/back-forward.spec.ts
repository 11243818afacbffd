import { expect, test } from '@playwright/test';
import { CONFLICTS } from '../src/shared/schema';
import { countText, dataset, must, total, resultCount } from './support/published-data';

test('back and forward step through filters, view and selection', async ({ page }) => {
  const ev = must(dataset.events[0]);
  const n = dataset.events.filter((e) => e.conflict === ev.conflict).length;
  const conflictRadio = page.getByRole('group', { name: 'Conflict' }).getByRole('radio', { name: new RegExp(`^${CONFLICTS[ev.conflict].label}`) });
  const details = page.getByRole('complementary', { name: 'Event details' });

  await page.goto('/');
  await conflictRadio.check();
  await expect(resultCount(page, countText(n))).toBeVisible();
  await page.getByRole('radio', { name: 'List' }).check();
  await expect(page.getByRole('table')).toBeVisible();
  await page.getByRole('table').getByRole('cell').getByRole('button').first().click();
  await expect(details).toBeVisible();

  await page.goBack();
  await expect(details).toHaveCount(0);
  await expect(page.getByRole('table')).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
  await expect(resultCount(page, countText(n))).toBeVisible();
  await page.goBack();
  await expect(resultCount(page, countText(total))).toBeVisible();
  await expect(conflictRadio).not.toBeChecked();

  await page.goForward();
  await expect(conflictRadio).toBeChecked();
  await page.goForward();
  await page.goForward();
  await expect(details).toBeVisible();
});
