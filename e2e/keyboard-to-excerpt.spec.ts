import { expect, test } from '@playwright/test';
import { dataset } from './support/published-data';

test('a keyboard-only reader goes from the page to an event excerpt', async ({ page }) => {
  const titles = new Set(dataset.events.map((e) => e.title));
  await page.goto('/');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to results' })).toBeFocused();
  await page.keyboard.press('Enter');
  // From the results, tab to the view switch and pick the list with the arrow keys, as with any radio group.
  await expect(async () => {
    await page.keyboard.press('Tab');
    await expect(page.getByRole('radio', { name: 'Timeline' })).toBeFocused({ timeout: 50 });
  }).toPass({ intervals: [0], timeout: 15_000 });
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'List' })).toBeChecked();
  // Tab into the table until an event's title button has focus, then open it.
  const focusedText = () => page.evaluate(() => document.activeElement?.textContent ?? '');
  await expect(async () => {
    await page.keyboard.press('Tab');
    expect(titles.has(await focusedText())).toBe(true);
  }).toPass({ intervals: [0], timeout: 15_000 });
  const focused = await focusedText();
  await page.keyboard.press('Enter');
  const heading = page.getByRole('complementary', { name: 'Event details' }).getByRole('heading', { level: 2 });
  await expect(heading).toBeFocused();
  await expect(heading).toHaveText(focused);
  await expect(page.getByRole('figure', { name: 'Excerpt 1' }).locator('mark')).toBeVisible();
});
