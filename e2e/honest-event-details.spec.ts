import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { dataset, must } from './support/published-data';
import { openArticleReader } from './support/open-article-reader';

test.describe.configure({ timeout: 120_000 });

const articles = new Map(dataset.articles.map((a) => [a.id, a]));
const details = (page: Page) => page.getByRole('complementary', { name: 'Event details' });

async function open(page: Page, id: string) {
  // Moving through history as the back button does, rather than reloading the page for every event.
  await page.evaluate((search) => {
    history.pushState(null, '', search);
    dispatchEvent(new PopStateEvent('popstate'));
  }, `/?event=${id}`);
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(must(dataset.events.find((e) => e.id === id)).title);
}

test('every panel shows only notes about its own sources, once, and claims no publishers it does not know', async ({ page }) => {
  await page.goto('/');
  // Loading and validating the data can take a while on a busy machine; this waits, it does not time anything.
  await expect(page.getByTestId('timeline').locator('[data-event-id]').first()).toBeVisible({ timeout: 30_000 });
  for (const ev of dataset.events) {
    await open(page, ev.id);
    const notes = await details(page).getByRole('region', { name: 'Editorial notes' }).getByRole('listitem').allTextContents();
    expect(new Set(notes).size, `${ev.title}: no note twice`).toBe(notes.length);
    for (const note of notes) {
      const about = /^\w+ on “(.+?)”: /.exec(note)?.[1];
      expect(about, `${ev.title}: "${note}" says which words it is about`).toBeDefined();
      expect(ev.sources.some((s) => s.excerpt.includes(about ?? '\u0000')), `${ev.title}: "${note}" is about words of its sources`).toBe(true);
    }
    const publishersUnknown = ev.sources.every((s) => !articles.get(s.article)?.publisher);
    await expect(details(page)).not.toContainText(publishersUnknown ? 'independent publisher' : '\u0000');
  }
});

test('the attack in Pahalgam carries no note about Rubio or Leavitt', async ({ page }) => {
  const attack = must(dataset.events.find((e) => e.type === 'terrorist_attack'));
  await page.goto(`/?event=${attack.id}`);
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(attack.title, { timeout: 30_000 });
  await expect(details(page).getByRole('figure', { name: 'Excerpt 1' })).toBeVisible();
  await expect(details(page).getByRole('region', { name: 'Editorial notes' }).getByRole('listitem').filter({ hasText: /Rubio|Leavitt|Levitt/ })).toHaveCount(0);
});

test('Rubio’s 8 May calls show him as Secretary of State and acting NSA, and the official search finds him by role', async ({ page }) => {
  const call = must(dataset.events.find((e) => e.date.start === '2025-05-08' && e.actors.includes('marco-rubio')));
  await page.goto(`/?event=${call.id}`);
  await expect(details(page).getByRole('listitem').filter({ hasText: /^Marco Rubio,/ })).toHaveText(
    'Marco Rubio, Secretary of State and National Security Adviser (acting) (United States)',
    { timeout: 30_000 },
  );
  const officials = page.getByRole('group', { name: 'Officials' });
  for (const words of ['secretary of state', 'NSA']) {
    await officials.getByRole('searchbox', { name: 'Find an official' }).fill(words);
    await expect(officials.getByRole('checkbox', { name: /^Marco Rubio/ })).toBeVisible();
  }
});

for (const scheme of ['light', 'dark'] as const) {
  test(`a reader opens the whole article, sees every excerpt marked and jumps to an event (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const ev = must(dataset.events.find((e) => e.sources.length > 1) ?? dataset.events[0]);
    const articleId = must(ev.sources[0]).article;
    const citing = dataset.events.filter((e) => e.sources.some((s) => s.article === articleId));
    await page.goto(`/?event=${ev.id}`);
    await openArticleReader(details(page));
    const reader = page.getByRole('dialog', { name: must(articles.get(articleId)).title });
    await expect(reader).toBeVisible({ timeout: 30_000 });
    // Every excerpt of every event citing this article is marked, whole.
    const marked = (await reader.locator('mark').allTextContents()).join('');
    for (const e of citing) for (const s of e.sources.filter((x) => x.article === articleId)) expect(marked.replace(/\s+/g, ' ')).toContain(s.excerpt.replace(/\s+/g, ' ').slice(0, 40));
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    const other = must(citing.find((e) => e.id !== ev.id) ?? ev);
    await reader.getByRole('button', { name: `Go to event: ${other.title}` }).first().click();
    await expect(reader).toBeHidden();
    await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(other.title);
  });
}
