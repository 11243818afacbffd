import { expect, test } from '@playwright/test';
import { dataset, must, total } from './support/published-data';

test('a reader switches to the list and sorts it by title both ways', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('radio', { name: 'List' }).check();
  const table = page.getByRole('table');
  await expect(table.getByRole('row')).toHaveCount(Math.min(total, 50) + 1);
  await expect(table.getByRole('columnheader', { name: /Date/ })).toHaveAttribute('aria-sort', 'ascending');
  const earliest = must([...dataset.events].sort((a, b) => a.date.start.localeCompare(b.date.start))[0]);
  await expect(table.getByRole('row').nth(1).getByRole('cell').first()).toContainText(String(new Date(`${earliest.date.start}T00:00:00Z`).getUTCFullYear()));

  const titles = dataset.events.map((e) => e.title).sort((a, b) => a.localeCompare(b));
  await table.getByRole('button', { name: /^Title/ }).click();
  await expect(table.getByRole('columnheader', { name: /Title/ })).toHaveAttribute('aria-sort', 'ascending');
  await expect(table.getByRole('row').nth(1).getByRole('button')).toHaveText(must(titles[0]));
  await table.getByRole('button', { name: /^Title/ }).click();
  await expect(table.getByRole('columnheader', { name: /Title/ })).toHaveAttribute('aria-sort', 'descending');
  await expect(table.getByRole('row').nth(1).getByRole('button')).toHaveText(must(titles.at(-1)));
  await expect(page).toHaveURL(/sort=-title/);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 812 } });

  test('the list is cards with the same uncertain-date mark and summary as the table', async ({ page }) => {
    const earliestFirst = [...dataset.events].sort((a, b) => a.date.start.localeCompare(b.date.start) || a.date.end.localeCompare(b.date.end) || a.id.localeCompare(b.id));
    const uncertain = earliestFirst.slice(0, 50).find((e) => e.date.precision !== 'day' && e.summary);
    expect(uncertain, 'the published data has an uncertain event with a summary on the first page').toBeDefined();
    await page.goto('/?view=list');
    const cards = page.getByRole('list', { name: /Events matching the filters/ });
    await expect(cards.getByRole('listitem')).toHaveCount(Math.min(total, 50));
    const card = cards.getByRole('listitem').filter({ hasText: must(uncertain).summary ?? '' }).first();
    await expect(card).toContainText('≈');
    await expect(card.getByRole('button', { name: must(uncertain).title })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });
});
