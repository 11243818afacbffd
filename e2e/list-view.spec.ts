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
