import { expect, test } from '@playwright/test';
import { articleBody, countText, dataset, must, resultCount, searchFor } from './support/published-data';

const searchbox = 'Search titles, excerpts and article text';

test('a reader searches the titles and excerpts for a word', async ({ page }) => {
  // A word from a real excerpt; the expected count is every event whose own words or articles contain it.
  const word = must(must(dataset.events[0]).sources[0]).excerpt.split(/[^\p{L}]+/u).filter((w) => w.length > 5)[0] ?? 'the';
  const n = searchFor(word).found.length;
  await page.goto('/');
  await page.getByRole('searchbox', { name: searchbox }).fill(word.toUpperCase());
  await expect(resultCount(page, countText(n))).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(word.toUpperCase())}`));
});

/** A word of some article that no event's title or excerpt contains: only the article's text can find it. */
function wordOnlyInArticleText(): string {
  const own = dataset.events.map((e) => [e.title, ...e.sources.map((s) => s.excerpt)].join('\n').toLowerCase()).join('\n');
  for (const a of dataset.articles) {
    const word = articleBody(a.id).split(/[^\p{L}]+/u).find((w) => w.length > 6 && !own.includes(w.toLowerCase()));
    if (word) return word;
  }
  throw new Error('every long word of the published articles is in some excerpt');
}

test('a word found only in an article’s text finds its events, labelled "matches in article text"', async ({ page }) => {
  const word = wordOnlyInArticleText();
  const { found, inArticle } = searchFor(word);
  expect(inArticle.length).toBeGreaterThan(0);
  await page.goto('/?view=list');
  await page.getByRole('searchbox', { name: searchbox }).fill(word);
  await expect(resultCount(page, countText(found.length))).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: `${inArticle.length} ${inArticle.length === 1 ? 'matches' : 'match'} in article text` })).toBeVisible();
  const rows = page.getByRole('table').getByRole('row').filter({ hasText: 'matches in article text' });
  await expect(rows).toHaveCount(inArticle.length);
  const first = must(inArticle[0]);
  await page.getByRole('table').getByRole('button', { name: first.title, exact: true }).first().click();
  const details = page.getByRole('complementary', { name: 'Event details' });
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(first.title);
  await expect(details.getByText('matches in article text')).toBeVisible();
});

test('the first load fetches no article text; a search fetches each article once', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => { if (/\/data\/articles\//.test(r.url())) fetched.push(r.url()); });
  await page.goto('/');
  await expect(resultCount(page, countText(dataset.events.length))).toBeVisible();
  expect(fetched).toEqual([]);
  await page.getByRole('searchbox', { name: searchbox }).fill(wordOnlyInArticleText());
  await expect(page.getByRole('status').filter({ hasText: /in article text/ })).toBeVisible();
  expect(fetched).toHaveLength(dataset.articles.length);
  expect(new Set(fetched).size).toBe(fetched.length);
});

test('"Operation Sindoor", named in an article, finds the events of that article', async ({ page }) => {
  const { found } = searchFor('Operation Sindoor');
  expect(found.length, 'a published article names Operation Sindoor').toBeGreaterThan(0);
  await page.goto('/');
  await page.getByRole('searchbox', { name: searchbox }).fill('Operation Sindoor');
  await expect(resultCount(page, countText(found.length))).toBeVisible();
});
