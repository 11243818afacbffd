import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { formatDay } from '../src/shared/lib/format-date';
import { countText, dataset, eventsWith, must, resultCount } from './support/published-data';

test.describe.configure({ timeout: 120_000 });

const rubio = must(dataset.people.find((p) => p.name === 'Marco Rubio'));
const nameOf = (name: string) => must(dataset.people.find((p) => p.name === name)).name;
/** A pair is named by its two officials, in the order the view groups countries: either may come first. */
const pairName = (x: string, y: string) => new RegExp(`^(${x} – ${y}|${y} – ${x})$`);
const call = must(eventsWith((e) => e.type === 'phone_call' && e.date.start === '2025-05-08' && e.actors.includes(rubio.id) && e.actors.some((a) => dataset.people.find((p) => p.id === a)?.name === 'Shehbaz Sharif'))[0]);
const rubioEvents = eventsWith((e) => e.actors.includes(rubio.id));

const pairs = (page: Page) => page.getByRole('table', { name: /Pairs of officials in contact/ });

/** Presses Tab until the target has focus, as a keyboard user would, up to a limit. */
async function tabTo(page: Page, target: Locator, limit = 40) {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
}

async function expectAxeClean(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('a reader sees who spoke to whom, opens the 8 May call from its link and narrows the timeline to Rubio', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('radio', { name: 'Contacts' }).check();
  await expect(page).toHaveURL(/view=contacts/);
  const table = pairs(page);
  const sharif = table.getByRole('button', { name: pairName('Marco Rubio', nameOf('Shehbaz Sharif')) });
  await expect(sharif).toBeVisible();
  await expect(table.getByRole('button', { name: pairName('Marco Rubio', nameOf('S. Jaishankar')) })).toBeVisible();

  await sharif.click();
  await expect(sharif).toHaveAttribute('aria-expanded', 'true');
  const listed = table.getByRole('list', { name: /^Events between/ });
  const item = listed.getByRole('button', { name: `${formatDay('2025-05-08')} · ${call.title}` });
  await expect(item).toBeVisible();
  await item.click();
  await expect(page.getByRole('complementary', { name: 'Event details' }).getByRole('heading', { level: 2 })).toHaveText(call.title);

  await page.getByRole('region', { name: 'Contacts' }).getByRole('button', { name: /^Marco Rubio · \d+$/ }).click();
  await expect(resultCount(page, countText(rubioEvents.length))).toBeVisible();
  await expect(page).toHaveURL(/official=marco-rubio/);
  await page.getByRole('radio', { name: 'Timeline' }).check();
  const timeline = page.getByRole('region', { name: 'Timeline' });
  for (const e of rubioEvents) await expect(timeline.getByText(e.title, { exact: true }).first()).toBeVisible();
});

for (const [width, scheme] of [[375, 'dark'], [1400, 'light']] as const) {
  test(`at ${width} px (${scheme}) the contacts work from the keyboard alone and pass axe`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/');
    // The view switch is a radio group: arrows move along it.
    await page.getByRole('radio', { name: 'Timeline' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('radio', { name: 'Contacts' })).toBeChecked();
    const pair = pairs(page).getByRole('button', { name: pairName('Marco Rubio', nameOf('S. Jaishankar')) });
    await expect(pair).toBeVisible();
    // Tab from the view switch reaches the pair without a pointer.
    await tabTo(page, pair);
    await expect(pair).toBeFocused();
    await page.keyboard.press('Enter');
    const event = pairs(page).getByRole('list', { name: /^Events between/ }).getByRole('button').first();
    await expect(event).toContainText(formatDay('2025-05-08'));
    await page.keyboard.press('Tab');
    await expect(event).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('complementary', { name: 'Event details' })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await expectAxeClean(page);
  });
}

test('the pairs export as a spreadsheet-safe CSV', async ({ page }) => {
  await page.goto('/?view=contacts');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export pairs CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('conflict-timeline-pairs.csv');
  const text = readFileSync(await file.path(), 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  expect(text).toContain('official_a,country_a,official_b,country_b,events');
  expect(text).toMatch(/Marco Rubio,United States/);
});
