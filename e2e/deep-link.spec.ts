import { expect, test } from '@playwright/test';
import { CONFLICTS } from '../src/shared/schema';
import { countText, dataset, must, resultCount, searchFor } from './support/published-data';

test('a shared link restores conflict, search, view, sort and the open event', async ({ page }) => {
  const ev = must(dataset.events[0]);
  const word = must(ev.title.split(/\s+/)[0]);
  const n = searchFor(word, dataset.events.filter((e) => e.conflict === ev.conflict)).found.length;
  const link = `/?q=${encodeURIComponent(word)}&conflict=${ev.conflict}&view=list&sort=-title&event=${ev.id}`;
  await page.goto(link);
  await expect(resultCount(page, countText(n))).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'Search titles, excerpts and article text' })).toHaveValue(word);
  await expect(page.getByRole('group', { name: 'Conflict' }).getByRole('radio', { name: new RegExp(`^${CONFLICTS[ev.conflict].label}`) })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'List' })).toBeChecked();
  await expect(page.getByRole('columnheader', { name: /Title/ })).toHaveAttribute('aria-sort', 'descending');
  await expect(page.getByRole('complementary', { name: 'Event details' }).getByRole('heading', { level: 2 })).toHaveText(ev.title);
  // Nothing in the link was wrong, so nothing was rewritten or flagged.
  await expect(page.getByText('Some settings in the link could not be used')).toHaveCount(0);
  expect(new URL(page.url()).searchParams.get('event')).toBe(ev.id);
});

test('a shared link restores the lanes and the visible time window', async ({ page }) => {
  await page.goto('/?lanes=country&start=2025-04-01T00:00:00.000Z&end=2025-06-01T00:00:00.000Z');
  await expect(page.getByRole('group', { name: 'Lanes by' }).getByRole('radio', { name: 'Country' })).toBeChecked();
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
  const params = new URL(page.url()).searchParams;
  expect(params.get('lanes')).toBe('country');
  expect(params.get('start')).not.toBeNull();
});
