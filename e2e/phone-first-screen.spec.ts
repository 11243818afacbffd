import { expect, test, type Locator, type Page } from '@playwright/test';
import { CONFLICT_IDS, CONFLICTS } from '../src/shared/schema';
import { countText, dataset, eventsWith, must, resultCount, total } from './support/published-data';

test.use({ viewport: { width: 375, height: 812 }, hasTouch: true });

/** Entirely inside the first screen, where it is without any scrolling of the page. */
async function expectOnFirstScreen(page: Page, target: Locator) {
  const box = must(await target.boundingBox());
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(812);
}

/** Inside the details sheet, which covers the page and scrolls on its own: on its first screen, unscrolled. */
async function expectOnSheetFirstScreen(sheet: Locator, target: Locator) {
  const box = must(await target.boundingBox());
  expect(await sheet.evaluate((el) => el.scrollTop)).toBe(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(812);
}

const firstItem = (page: Page) => page.getByRole('region', { name: 'Timeline' }).locator('[data-event-id]').first();

test('on a phone the first screen shows the count, the conflict switch and a timeline item', async ({ page }) => {
  await page.goto('/');
  await expect(resultCount(page, countText(total))).toBeVisible();
  await expect(firstItem(page)).toBeVisible();
  await expectOnFirstScreen(page, resultCount(page, countText(total)));
  await expectOnFirstScreen(page, page.getByRole('group', { name: 'Conflict' }));
  await expectOnFirstScreen(page, firstItem(page));
  // Nothing scrolls sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
});

test('on a phone, choosing a conflict keeps the count and its first event in sight', async ({ page }) => {
  const id = must(CONFLICT_IDS.find((c) => eventsWith((e) => e.conflict === c).length > 0));
  const n = eventsWith((e) => e.conflict === id).length;
  await page.goto('/');
  await page.getByRole('group', { name: 'Conflict' }).getByRole('radio', { name: new RegExp(`^${CONFLICTS[id].label}`) }).check();
  await expect(resultCount(page, countText(n))).toBeVisible();
  await expectOnFirstScreen(page, resultCount(page, countText(n)));
  const title = must(eventsWith((e) => e.conflict === id)[0]).title;
  await expect(page.getByRole('region', { name: 'Timeline' }).getByText(title, { exact: true }).first()).toBeVisible();
  await expectOnFirstScreen(page, firstItem(page));
});

test('on a phone, opening an event shows its title, date and first excerpt without scrolling', async ({ page }) => {
  const ev = must(dataset.events[0]);
  await page.goto('/');
  await page.getByRole('region', { name: 'Timeline' }).getByText(ev.title, { exact: true }).first().click();
  const details = page.getByRole('complementary', { name: 'Event details' });
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(ev.title);
  const excerpt = details.getByRole('figure', { name: 'Excerpt 1', exact: true }).locator('mark');
  await expect(excerpt).toBeVisible();
  // The page under the sheet may have scrolled to the item that was tapped; the sheet itself is not scrolled.
  await expectOnSheetFirstScreen(details, details.getByRole('heading', { level: 2 }));
  await expectOnSheetFirstScreen(details, details.getByText('Date', { exact: true }));
  await expectOnSheetFirstScreen(details, excerpt);
});

test('on a phone the other filters open in a sheet whose button counts them, and the count stays in sight', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Filters (0)' }).click();
  const sheet = page.getByRole('dialog', { name: /Filters/ });
  const country = sheet.getByRole('group', { name: 'Countries' }).locator('label').first();
  // Each option says how many events choosing it gives ("India 3 events").
  const n = Number(must(/(\d+) events$/.exec((await country.textContent()) ?? '')?.[1]));
  await country.getByRole('checkbox').check();
  await expect(sheet.getByText(countText(n))).toBeVisible();
  await expectOnFirstScreen(page, sheet.getByText(countText(n)));
  await sheet.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('button', { name: 'Filters (1)' })).toBeVisible();
  await expect(resultCount(page, countText(n))).toBeVisible();
});

test('on a phone every control on the first screen is at least 44 px in both directions', async ({ page }) => {
  await page.goto('/');
  await expect(firstItem(page)).toBeVisible();
  const controls = page.locator('main button:visible, main select:visible, main label:has(> input):visible, header button:visible');
  const sizes = await controls.evaluateAll((els) => els.map((e) => ({ name: e.textContent.trim(), ...e.getBoundingClientRect().toJSON() as { width: number; height: number } })));
  expect(sizes.length).toBeGreaterThan(5);
  expect(sizes.filter((s) => s.width < 44 || s.height < 44)).toEqual([]);
});

test('under 640 px the list is cards, not a table that scrolls sideways', async ({ page }) => {
  await page.goto('/?view=list');
  const cards = page.getByRole('list', { name: /^Events matching the filters/ }).getByRole('listitem');
  await expect(cards).toHaveCount(Math.min(total, 50));
  await expect(page.getByRole('table')).toHaveCount(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await cards.first().getByRole('button').click();
  await expect(page.getByRole('complementary', { name: 'Event details' }).getByRole('heading', { level: 2 })).toBeVisible();
});

test('on a phone the fitted timeline has at least two dates on its axis to read the events against', async ({ page }) => {
  await page.goto('/');
  await expect(firstItem(page)).toBeVisible();
  // Labels as wide as the phone's timeline would leave every event room to its right, a window of years with one
  // year marked: labels wrap narrower, so the window is a few months and its axis marks them.
  const marks = await page.getByRole('region', { name: 'Timeline' }).evaluate((region) => {
    const centre = region.querySelector('.vis-panel.vis-center')?.getBoundingClientRect();
    if (!centre) return [];
    return [...region.querySelectorAll('.vis-time-axis .vis-text.vis-minor')]
      .filter((el) => getComputedStyle(el).visibility !== 'hidden')
      .filter((el) => { const r = el.getBoundingClientRect(); return r.left >= centre.left && r.left < centre.right; })
      .map((el) => el.textContent);
  });
  expect(marks.length, `axis labels inside the timeline: ${marks.join(', ')}`).toBeGreaterThanOrEqual(2);
});
