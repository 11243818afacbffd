import { readFileSync } from 'node:fs';
import { expect, test, type Locator } from '@playwright/test';
import { datasetSchema } from '../src/shared/schema';

const dataset = datasetSchema.parse(JSON.parse(readFileSync('public/data/events.json', 'utf8')));
const isExact = (ev: (typeof dataset.events)[number]) => ev.date.precision === 'day' && ev.date.start === ev.date.end;
const exact = dataset.events.filter(isExact);
const uncertain = dataset.events.filter((ev) => !isExact(ev));
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function firstUncertain() {
  const ev = uncertain[0];
  if (!ev) throw new Error('the corpus needs an event drawn as a range to measure the zoom by');
  return ev;
}

/** The drawn shape around an item's label: what a sighted reader sees as its border. */
const borderStyleOf = (item: Locator) =>
  item.evaluate((el) => {
    const box = el.closest('.vis-item');
    return box ? getComputedStyle(box).borderTopStyle : 'none';
  });

test('a reader can tell uncertain dates from exact ones, by sight and by name', async ({ page }) => {
  // The corpus has both kinds; if it ever lacks one, this test has nothing to compare and must say so.
  expect(exact.length * uncertain.length).toBeGreaterThan(0);
  await page.goto('/');
  // Loading and validating the data can take a while on a busy machine; this waits, it does not time anything.
  await expect(page.getByTestId('timeline').locator('[data-event-id]').first()).toBeVisible({ timeout: 30_000 });
  const timeline = page.getByTestId('timeline');
  for (const ev of uncertain) {
    const item = timeline.locator(`[data-event-id="${ev.id}"]`).first();
    await expect(item).toHaveAccessibleName(new RegExp(`^${escapeRegExp(ev.title)}\\..*date uncertain \\(${ev.date.precision}\\)`));
    await expect(item).toContainText('≈');
    expect(await borderStyleOf(item)).toBe('dashed');
  }
  for (const ev of exact) {
    const item = timeline.locator(`[data-event-id="${ev.id}"]`).first();
    await expect(item).not.toHaveAccessibleName(/date uncertain/);
    await expect(item).not.toContainText('≈');
    expect(await borderStyleOf(item)).toBe('solid');
  }
});

test('a keyboard user zooms, fits and opens an event without a mouse', async ({ page }) => {
  const ev = firstUncertain();
  await page.goto('/');
  // Loading and validating the data can take a while on a busy machine; this waits, it does not time anything.
  await expect(page.getByTestId('timeline').locator('[data-event-id]').first()).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Fit all' }).focus();
  await page.keyboard.press('Tab');
  const focused = page.locator(':focus');
  await expect(focused).toHaveAttribute('data-event-id');

  const range = page.getByTestId('timeline').locator(`[data-event-id="${ev.id}"]`).first();
  // Zoom keys zoom around the focused event, so measure that one.
  await range.focus();
  const widthBefore = (await range.evaluate((el) => el.closest('.vis-item')?.getBoundingClientRect().width)) ?? 0;
  await page.keyboard.press('+');
  await page.keyboard.press('+');
  await expect.poll(() => range.evaluate((el) => el.closest('.vis-item')?.getBoundingClientRect().width ?? 0)).toBeGreaterThan(widthBefore * 3);
  await page.keyboard.press('0');
  // Fit all again: back to the width it had (fitting leaves room for the widest label, so within a few pixels).
  await expect.poll(async () => Math.abs((await range.evaluate((el) => el.closest('.vis-item')?.getBoundingClientRect().width ?? 0)) - widthBefore)).toBeLessThanOrEqual(Math.max(3, widthBefore * 0.02));

  await range.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => range.evaluate((el) => el.closest('.vis-item')?.classList.contains('vis-selected'))).toBe(true);
  await page.keyboard.press('Escape');
  await expect.poll(() => range.evaluate((el) => el.closest('.vis-item')?.classList.contains('vis-selected'))).toBe(false);
});

test('while the details are still loading, focus waits in them and Escape closes them', async ({ page }) => {
  // On a busy machine the details' code may not have been fetched ahead when the reader opens an event: hold it back
  // until the reader has pressed Escape, then let it arrive.
  let release = () => {};
  const held = new Promise<void>((resolve) => { release = resolve; });
  await page.route(/\/assets\/event-detail-panel-[^/]*\.js$/, async (route) => { await held; await route.continue(); });
  const ev = firstUncertain();
  await page.goto('/');
  await expect(page.getByTestId('timeline').locator('[data-event-id]').first()).toBeVisible({ timeout: 30_000 });
  const item = page.getByTestId('timeline').locator(`[data-event-id="${ev.id}"]`).first();
  await item.focus();
  await page.keyboard.press('Enter');
  const sheet = page.getByRole('complementary', { name: 'Event details' });
  await expect(sheet.getByRole('status')).toHaveText('Loading the event…');
  await expect(sheet.getByRole('status')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(sheet).toHaveCount(0);
  await expect.poll(() => item.evaluate((el) => el.closest('.vis-item')?.classList.contains('vis-selected'))).toBe(false);
  release();
  // Once the code is in, the next event opened shows its details with focus on their heading.
  await item.focus();
  await page.keyboard.press('Enter');
  await expect(sheet.getByRole('heading', { level: 2 })).toBeFocused();
});
