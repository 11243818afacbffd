import { expect, test } from 'vitest';
import { addTo, errorOf, readWritten } from './fixtures/add-to-temp-dir';
import { plainPage, REPORT, tempFile } from './fixtures/plain-page';

async function addOne(html: string) {
  const { dir, outcomes, files } = await addTo([tempFile('page.html', html)]);
  return { outcome: outcomes[0], written: files.length ? readWritten(dir, files[0] ?? '') : null };
}

test('<time datetime> in the article dates it when the head has no metadata; a <time> in a sidebar does not', async () => {
  const html = plainPage('<title>Ministers agree on Black Sea shipping group</title>', [...REPORT, '<time datetime="2025-04-17T18:00:00+03:00">17 April</time>'])
    .replace('<nav>', '<aside><time datetime="2024-01-01">old story</time></aside><nav>');
  const { written } = await addOne(html);
  expect(written?.front.published).toBe('2025-04-17');
  expect(written?.front.published_basis).toBe('front-matter');
  expect(written?.front.provenance).toContain('published: the article <time datetime> "2025-04-17T18:00:00+03:00"');
  expect(written?.front.provenance).toContain('title: the page <title>');
  expect(written?.front.publisher).toBeNull();
  expect(written?.front.provenance).toContain('publisher: not found');
  expect(written?.file).toBe('2025-04-17-unknown-publisher-ministers-agree-on-black-sea-shipping-group.md');
});

test('a date in the address is used when the page states none, and marked inferred', async () => {
  const { written } = await addOne(plainPage('<link rel="canonical" href="https://shipping.example/news/2025/04/17/black-sea-group">'));
  expect(written?.front).toMatchObject({ published: '2025-04-17', published_basis: 'inferred', url: 'https://shipping.example/news/2025/04/17/black-sea-group' });
  expect(written?.front.provenance).toContain('published: the date in the address');
});

test('a dateline in the text dates the article when nothing else does', async () => {
  const { written } = await addOne(plainPage('', ['Published: 17 April 2025', ...REPORT]));
  expect(written?.front).toMatchObject({ published: '2025-04-17', published_basis: 'dateline', url: null });
  expect(written?.front.provenance).toContain('published: the dateline "Published: 17 April 2025"');
});

test('a page dated nowhere is refused, not dated by guess', async () => {
  const { outcome, written } = await addOne(plainPage('<meta property="og:title" content="Ministers agree">'));
  expect(errorOf(outcome)).toMatch(/page\.html: no publication date: none in JSON-LD, OpenGraph, a <time> element, the address or a dateline/);
  expect(written).toBeNull();
});

test('a saved page’s "saved from" note gives its address, and <base> resolves a relative canonical link against it', async () => {
  const top = '<!-- saved from url=(0049)https://shipping.example/amp/black-sea-group?x=1 -->\n';
  const head = '<base href="/news/2025/"><link rel="canonical" href="04/17/black-sea-group">';
  const { written } = await addOne(plainPage(head, REPORT, top));
  expect(written?.front.url).toBe('https://shipping.example/news/2025/04/17/black-sea-group');
  expect(written?.front.published).toBe('2025-04-17');
});

test('a broken JSON-LD block is skipped and said so; the next source is used', async () => {
  const head = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"x",}</script><meta property="article:published_time" content="2025-04-17T09:00:00+03:00"><meta property="og:title" content="Ministers agree on a Black Sea group">';
  const { written } = await addOne(plainPage(head));
  expect(written?.front.title).toBe('Ministers agree on a Black Sea group');
  expect(written?.front.provenance).toMatch(/JSON-LD block 1 is not valid JSON \(.+\); it was skipped/);
});

test('JSON-LD text written HTML-escaped, across lines, is read as the text it stands for', async () => {
  const head = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Sybiha&#039;s talks in Ankara &amp;\\n the shipping group","datePublished":"2025-04-17","publisher":{"name":"Shipping &amp; Ports"}}</script>';
  const { written } = await addOne(plainPage(head));
  expect(written?.front).toMatchObject({ title: "Sybiha's talks in Ankara & the shipping group", publisher: 'Shipping & Ports', published: '2025-04-17' });
});
