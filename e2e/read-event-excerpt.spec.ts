import { expect, test, type Page } from '@playwright/test';
import { articleBody, dataset, must } from './support/published-data';

/** The event the URL says is selected, looked up in the published data. */
async function selectedEvent(page: Page) {
  await expect(page).toHaveURL(/event=/);
  const id = new URL(page.url()).searchParams.get('event');
  return must(dataset.events.find((e) => e.id === id));
}

async function expectExcerptsAreTheArticlesOwnWords(page: Page) {
  const ev = await selectedEvent(page);
  const details = page.getByRole('complementary', { name: 'Event details' });
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(ev.title);
  for (const [i, s] of ev.sources.entries()) {
    const excerpt = details.getByRole('figure', { name: `Excerpt ${i + 1}`, exact: true });
    const body = articleBody(s.article);
    // The highlighted words are exactly the article's text at the recorded offsets...
    await expect(excerpt.locator('mark')).toHaveText(body.slice(s.start, s.end));
    // ...and they are shown inside the paragraph they come from: the words just around them are there too.
    const lineStart = body.lastIndexOf('\n', s.start - 1) + 1;
    const lineEnd = body.indexOf('\n', s.end) === -1 ? body.length : body.indexOf('\n', s.end);
    const before = body.slice(Math.max(lineStart, s.start - 30), s.start).trim();
    const after = body.slice(s.end, Math.min(lineEnd, s.end + 30)).trim();
    for (const context of [before, after].filter(Boolean)) await expect(excerpt.getByRole('blockquote')).toContainText(context);
  }
}

async function expectEventFacts(page: Page) {
  const ev = await selectedEvent(page);
  const details = page.getByRole('complementary', { name: 'Event details' });
  await expect(details).toContainText(`CAMEO ${ev.cameo}`);
  // Independent publishers only when publishers are known; otherwise the number of articles, said to be unknown.
  await expect(details).toContainText(ev.corroboration ? `Reported by ${ev.corroboration} independent publisher` : /\d+ articles? \(publishers? unknown\)/);
  if (ev.date.evidence) await expect(details).toContainText(`'${ev.date.evidence.excerpt}', in an article published`);
  for (const link of await details.getByRole('link').all()) expect(await link.getAttribute('href')).toMatch(/^https?:\/\//);
}

test('a reader clicks an event on the timeline and reads its excerpt in context', async ({ page }) => {
  const ev = must(dataset.events[0]);
  await page.goto('/');
  await page.getByRole('region', { name: 'Timeline' }).getByText(ev.title, { exact: true }).first().click();
  await expect(page).toHaveURL(/event=/);
  await expectExcerptsAreTheArticlesOwnWords(page);
});

test('a reader opens each event from the list and reads date, type, sources and excerpts', async ({ page }) => {
  await page.goto('/?view=list');
  const titles = page.getByRole('table').getByRole('cell').getByRole('button');
  const n = Math.min(dataset.events.length, 50);
  await expect(titles).toHaveCount(n);
  for (let i = 0; i < n; i++) {
    await titles.nth(i).click();
    await expectExcerptsAreTheArticlesOwnWords(page);
    await expectEventFacts(page);
  }
});

test('previous and next walk through the events in time order', async ({ page }) => {
  const inOrder = [...dataset.events].sort((a, b) => a.date.start.localeCompare(b.date.start) || a.date.end.localeCompare(b.date.end) || a.id.localeCompare(b.id));
  await page.goto(`/?event=${must(inOrder[0]).id}`);
  const details = page.getByRole('complementary', { name: 'Event details' });
  await expect(details.getByRole('button', { name: /Previous event/ })).toBeDisabled();
  await details.getByRole('button', { name: /Next event/ }).click();
  await expect(page).toHaveURL(new RegExp(`event=${must(inOrder[1]).id}`));
  await details.getByRole('button', { name: /Previous event/ }).click();
  await expect(page).toHaveURL(new RegExp(`event=${must(inOrder[0]).id}`));
});

/** The words just before an excerpt in its own paragraph (up to 30 characters). */
const wordsBefore = (s: { article: string; start: number }) => {
  const body = articleBody(s.article);
  return body.slice(Math.max(body.lastIndexOf('\n', s.start - 1) + 1, s.start - 30), s.start).trim();
};

test('an excerpt is marked busy while its paragraph loads, and the paragraph then surrounds it', async ({ page }) => {
  const ev = must(dataset.events.find((e) => e.sources[0] && wordsBefore(e.sources[0]) !== ''));
  const s = must(ev.sources[0]);
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => { release = resolve; });
  await page.route(`**/data/articles/${encodeURIComponent(s.article)}.json`, async (route) => { await held; await route.continue(); });
  await page.goto(`/?event=${ev.id}`);
  const quote = page.getByRole('complementary', { name: 'Event details' }).getByRole('figure', { name: 'Excerpt 1', exact: true }).getByRole('blockquote');
  // The excerpt is there at once, from the events' own data; what will move is said to be loading.
  await expect(quote.locator('mark')).toHaveText(articleBody(s.article).slice(s.start, s.end));
  await expect(quote).toHaveAttribute('aria-busy', 'true');
  await expect(quote).not.toContainText(wordsBefore(s));
  release();
  await expect(quote).not.toHaveAttribute('aria-busy', /.*/);
  await expect(quote).toContainText(wordsBefore(s));
});
