import { expect, test } from '@playwright/test';
import { CONFLICT_IDS, CONFLICTS } from '../src/shared/schema';
import { countText, eventsWith, total, resultCount } from './support/published-data';

test('a reader narrows the timeline to one conflict and back to all', async ({ page }) => {
  await page.goto('/');
  await expect(resultCount(page, countText(total))).toBeVisible();
  const conflict = page.getByRole('group', { name: 'Conflict' });
  for (const id of CONFLICT_IDS) {
    const n = eventsWith((e) => e.conflict === id).length;
    await conflict.getByRole('radio', { name: new RegExp(`^${CONFLICTS[id].label}\\s*\\(${n}\\)$`) }).check();
    await expect(resultCount(page, countText(n))).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`conflict=${id}`));
  }
  await conflict.getByRole('radio', { name: /^All/ }).check();
  await expect(resultCount(page, countText(total))).toBeVisible();
});

test('the list shows only the chosen conflict', async ({ page }) => {
  const id = CONFLICT_IDS.find((c) => eventsWith((e) => e.conflict === c).length > 0) ?? CONFLICT_IDS[0];
  const n = eventsWith((e) => e.conflict === id).length;
  await page.goto('/?view=list');
  await page.getByRole('group', { name: 'Conflict' }).getByRole('radio', { name: new RegExp(`^${CONFLICTS[id].label}`) }).check();
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(Math.min(n, 50) + 1);
  for (const other of CONFLICT_IDS.filter((c) => c !== id))
    await expect(page.getByRole('table').getByRole('cell', { name: CONFLICTS[other].label, exact: true })).toHaveCount(0);
});
