import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { formatDay } from '../src/shared/lib/format-date';

test.use({ viewport: { width: 1400, height: 900 } });

const line = (page: Page) => page.getByRole('region', { name: 'Cooperation–conflict line' });
const shortDay = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });

/** Moves the slider right, a day with events at a time, until it names the given day (or runs out of tries). */
async function stepTo(page: Page, slider: Locator, day: string) {
  for (let i = 0; i < 30; i++) {
    if (((await slider.getAttribute('aria-valuetext')) ?? '').startsWith(day)) return;
    await page.keyboard.press('ArrowRight');
  }
}

test('the line dips below zero on 22 April 2025, the day of the Pahalgam attack', async ({ page }) => {
  await page.goto('/?conflict=india-pakistan');
  const slider = line(page).getByRole('slider');
  await slider.focus();
  await page.keyboard.press('Home');
  const day = formatDay('2025-04-22');
  await stepTo(page, slider, day);
  await expect(slider).toHaveAttribute('aria-valuetext', new RegExp(`^${day}: India–Pakistan −\\d`));
  await expect(line(page).getByTestId('line-readout')).toContainText(`${day}: India–Pakistan −`);
});

test('the line passes axe in dark mode, its help text open', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await line(page).getByText('How the line is computed').click();
  await expect(line(page).getByText(/counts reported events, not their importance/)).toBeVisible();
  const results = await new AxeBuilder({ page }).include('section[aria-label="Cooperation–conflict line"]').analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('the line follows the timeline window as the reader zooms', async ({ page }) => {
  await page.goto('/');
  const shown = line(page).getByTestId('line-window');
  await expect(shown).toBeVisible();
  const before = await shown.evaluate((el) => el.textContent);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(page).toHaveURL(/start=/);
  const url = new URL(page.url());
  const start = new Date(url.searchParams.get('start') ?? '');
  const end = new Date(new Date(url.searchParams.get('end') ?? '').getTime() - 1);
  await expect(shown).toHaveText(`${shortDay.format(start)} – ${shortDay.format(end)}`);
  await expect(shown).not.toHaveText(before);
});

test('on a phone the line is folded under the timeline and opens on request', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto('/');
  const toggle = line(page).getByRole('button', { name: 'Show cooperation–conflict line' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.click();
  await expect(line(page).getByRole('slider')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
});
