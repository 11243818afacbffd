import { expect, test } from '@playwright/test';
import { countText, dataset, must, resultCount } from './support/published-data';

test('a reader searches the titles and excerpts for a word', async ({ page }) => {
  // A word from a real excerpt; the expected count is every event whose title or excerpts contain it.
  const word = must(must(dataset.events[0]).sources[0]).excerpt.split(/[^\p{L}]+/u).filter((w) => w.length > 5)[0] ?? 'the';
  const needle = word.toLowerCase();
  const n = dataset.events.filter((e) => [e.title, ...e.sources.map((s) => s.excerpt)].join('\n').toLowerCase().includes(needle)).length;
  await page.goto('/');
  await page.getByRole('searchbox', { name: 'Search titles and excerpts' }).fill(word.toUpperCase());
  await expect(resultCount(page, countText(n))).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(word.toUpperCase())}`));
});
