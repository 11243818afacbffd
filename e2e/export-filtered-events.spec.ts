import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { CONFLICTS } from '../src/shared/schema';
import { countText, dataset, must, resultCount } from './support/published-data';

const ev = must(dataset.events[0]);
const expected = dataset.events.filter((e) => e.conflict === ev.conflict);
const articles = new Map(dataset.articles.map((a) => [a.id, a]));

async function exportAs(page: Page, name: 'Export CSV' | 'Export JSON') {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name }).click();
  return readFileSync(await (await download).path(), 'utf8');
}

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await page.getByRole('group', { name: 'Conflict' }).getByRole('radio', { name: new RegExp(`^${CONFLICTS[ev.conflict].label}`) }).check();
  await expect(resultCount(page, countText(expected.length))).toBeVisible();
});

test('a reader exports the filtered events as JSON with their citations', async ({ page }) => {
  const json = JSON.parse(await exportAs(page, 'Export JSON')) as {
    count: number;
    events: { id: string; citations: { publisher: string | null; url: string | null; excerpt: string }[] }[];
  };
  expect(json.count).toBe(expected.length);
  expect(json.events.map((e) => e.id).sort()).toEqual(expected.map((e) => e.id).sort());
  for (const out of json.events) {
    const src = must(expected.find((e) => e.id === out.id)).sources;
    expect(out.citations).toEqual(
      src.map((s) => expect.objectContaining({ excerpt: s.excerpt, publisher: articles.get(s.article)?.publisher ?? null, url: articles.get(s.article)?.url ?? null })),
    );
  }
});

test('a reader exports the filtered events as CSV, one row per citation, with formula-like cells neutralised', async ({ page }) => {
  const csv = await exportAs(page, 'Export CSV');
  const lines = csv.trimEnd().split('\r\n');
  // A byte-order mark first, so spreadsheets read the file as UTF-8.
  expect(lines[0]?.startsWith('\uFEFF')).toBe(true);
  expect(lines[0]?.slice(1)).toMatch(/^event_id,title,.*,publisher,url,.*excerpt$/);
  for (const e of expected) expect(csv).toContain(e.id);
  for (const other of dataset.events.filter((e) => e.conflict !== ev.conflict)) expect(csv).not.toContain(`${other.id},`);
  // No cell may start with a character a spreadsheet treats as a formula.
  expect(csv).not.toMatch(/(^|,)"?[=+\-@]/m);
});
