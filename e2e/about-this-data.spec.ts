import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { extractionAccuracySchema } from '../src/shared/schema/extraction-accuracy';
import { dataset } from './support/published-data';

/** The figures the last published evaluation wrote (npm run eval -- ... --publish). */
const accuracy = extractionAccuracySchema.parse(JSON.parse(readFileSync('src/features/about/data/extraction-accuracy.json', 'utf8')));
const publishers = new Set(dataset.articles.flatMap((a) => (a.publisher ? [a.publisher.trim().toLowerCase()] : [])));

const link = (page: Page) => page.getByRole('banner').getByRole('link', { name: 'About this data' });
const about = (page: Page) => page.getByRole('dialog', { name: 'About this data' });
const loaded = (page: Page) => page.getByRole('status').filter({ hasText: /^\d+ (of \d+ )?events$/ });

async function openAbout(page: Page) {
  await page.goto('/');
  await expect(loaded(page)).toBeVisible({ timeout: 30_000 });
  await link(page).click();
  await expect(about(page)).toBeVisible();
}

test('a reader opens "About this data" from the header and reads what the data holds and how accurate it is', async ({ page }) => {
  await openAbout(page);
  const dialog = about(page);
  await expect(dialog).toContainText(`${dataset.articles.length} articles`);
  await expect(dialog).toContainText(publishers.size ? `${publishers.size} publisher` : 'none naming its publisher');
  await expect(dialog).toContainText(`${dataset.events.length} events`);
  await expect(dialog.getByRole('heading', { name: 'How events are found' })).toBeVisible();
  const pct = (r: { hits: number; of: number }) => `${((100 * r.hits) / r.of).toFixed(0)}%`;
  await expect(dialog).toContainText(`${pct(accuracy.required)} of the events the reader required (${accuracy.required.hits} of ${accuracy.required.of})`);
  await expect(dialog).toContainText(`(${accuracy.dateRight.hits} of ${accuracy.dateRight.of})`);
  // Beside the figures on the articles it was developed on, what to expect of articles it has never seen.
  const unseen = accuracy.unseen ?? { required: { hits: 0, of: 0 } };
  expect(accuracy.unseen, 'extraction-accuracy.json has no figures on unseen articles (npm run eval -- ... --publish-unseen)').toBeDefined();
  await expect(dialog).toContainText(`${pct(unseen.required)} of the required events (${unseen.required.hits} of ${unseen.required.of})`);
  await expect(dialog.getByRole('heading', { name: 'Add articles' })).toBeVisible();
  await expect(dialog).toContainText('npm run add');
});

test('the dialog keeps focus inside, closes with Escape and gives focus back to the header link', async ({ page }) => {
  await openAbout(page);
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab');
    // Tab may rest on the browser's own controls between rounds, never on the page behind the dialog.
    expect(await page.evaluate(() => { const a = document.activeElement; return !a || a === document.body || !!a.closest('dialog'); })).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(about(page)).toBeHidden();
  await expect(link(page)).toBeFocused();
  await expect(page).not.toHaveURL(/#about/);
});

test('on a 375 px phone the dialog fits the screen, in dark mode too, and its button closes it', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await openAbout(page);
  const box = await about(page).boundingBox();
  expect(box?.width).toBeLessThanOrEqual(375);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  const close = about(page).getByRole('button', { name: 'Close' });
  const size = await close.boundingBox();
  expect(Math.min(size?.width ?? 0, size?.height ?? 0)).toBeGreaterThanOrEqual(44);
  await close.click();
  await expect(about(page)).toBeHidden();
  await expect(link(page)).toBeFocused();
});

test('a link to /#about opens the dialog', async ({ page }) => {
  await page.goto('/#about');
  await expect(about(page)).toBeVisible({ timeout: 30_000 });
  await expect(about(page)).toContainText(`${dataset.articles.length} articles`);
});
