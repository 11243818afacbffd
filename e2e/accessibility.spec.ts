import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { dataset, must } from './support/published-data';
import { openArticleReader } from './support/open-article-reader';

// axe walks the whole DOM; on the shared 2-core machine one run can take 10-20 s, beyond the default 30 s test budget.
test.describe.configure({ timeout: 120_000 });

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

const counted = (page: Page) => page.getByRole('status').filter({ hasText: /^\d+ (of \d+ )?events$/ });
/** Each main view, and what shows it has finished loading. */
const views: Record<string, { url: string; ready: (page: Page) => Locator }> = {
  timeline: { url: '/', ready: counted },
  list: { url: '/?view=list', ready: (page) => page.getByRole('table') },
  'event details': { url: `/?view=list&event=${must(dataset.events[0]).id}`, ready: (page) => page.getByRole('figure', { name: 'Excerpt 1' }).locator('mark') },
  'empty state': { url: '/?q=zzqxv-nothing-matches', ready: (page) => page.getByRole('heading', { name: 'No events match these filters' }) },
};

for (const scheme of ['light', 'dark'] as const) {
  for (const [name, { url, ready }] of Object.entries(views)) {
    test(`${name} has no serious accessibility violations (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(url);
      await expect(page.getByRole('heading', { name: 'Conflict timeline' })).toBeVisible();
      await expect(counted(page)).toBeVisible();
      await expect(ready(page)).toBeVisible();
      await expectNoSeriousViolations(page);
    });
  }
}

test('on a 375 px phone the page fits the screen and the details are reachable', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto(`/?event=${must(dataset.events[0]).id}`);
  await expect(page.getByRole('complementary', { name: 'Event details' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await expectNoSeriousViolations(page);
});

/**
 * The views that open over the page, at a phone's and a desktop's width, light and dark: the event's details, the
 * whole article (opened from them, excerpts marked) and "About this data".
 */
const withSources = must(dataset.events.find((e) => e.sources.length > 1) ?? dataset.events[0]);
const details = (page: Page) => page.getByRole('complementary', { name: 'Event details' });
const overlays: Record<string, (page: Page) => Promise<Locator>> = {
  'event details': async (page) => {
    await page.goto(`/?event=${withSources.id}`);
    await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(withSources.title);
    return details(page).getByRole('figure', { name: 'Excerpt 1' }).locator('mark');
  },
  'article reader': async (page) => {
    await page.goto(`/?event=${withSources.id}`);
    await openArticleReader(details(page));
    return page.getByRole('dialog').locator('mark').first();
  },
  'about this data': async (page) => {
    await page.goto('/');
    await expect(counted(page)).toBeVisible();
    await page.getByRole('link', { name: 'About this data' }).click();
    return page.getByRole('dialog', { name: 'About this data' }).getByRole('heading', { name: 'Add articles' });
  },
};

for (const width of [375, 1400]) {
  for (const scheme of ['light', 'dark'] as const) {
    for (const [name, open] of Object.entries(overlays)) {
      test(`${name} at ${width} px has no serious accessibility violations (${scheme})`, async ({ page }) => {
        await page.setViewportSize({ width, height: width < 640 ? 812 : 900 });
        await page.emulateMedia({ colorScheme: scheme });
        await expect(await open(page)).toBeVisible({ timeout: 30_000 });
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        await expectNoSeriousViolations(page);
      });
    }
  }
}
