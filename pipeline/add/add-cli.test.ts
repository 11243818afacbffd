import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { datasetSchema } from '../../src/shared/schema';
import { PAGES, readWritten, tempArticlesDir, TODAY } from './fixtures/add-to-temp-dir';
import { tempFile } from './fixtures/plain-page';

const add = (args: string[]) => spawnSync('npx', ['tsx', 'pipeline/add/add-cli.ts', '--today', TODAY, ...args], { encoding: 'utf8' });
const page = (name: string) => join(PAGES, name);

test('a batch adds the good inputs, reports each bad one, reads --from lists, and exits 1', () => {
  const dir = tempArticlesDir();
  const list = tempFile('list.txt', `# pages saved this morning\n${page('opengraph-only.html')}\n\n${page('section-front.html')}\n`);
  const run = add([page('jsonld-only.html'), page('paywall-stub.html'), '/no/such/file.html', '--articles', dir, '--from', list]);
  expect(run.status).toBe(1);
  expect(run.stdout).toContain(`added ${dir}/2025-05-11-the-northern-ledger-india-and-pakistan-military-chiefs-speak-on-hotline-as.md: published 2025-05-11 (JSON-LD datePublished "2025-05-11T01:10:00+05:30")`);
  expect(run.stdout).toContain(`added ${dir}/2025-04-15-harbour-review-ukraine-and-russia-swap-prisoners-of-war-after-gulf.md`);
  expect(run.stderr).toContain(`error: ${page('paywall-stub.html')}: only 42 words`);
  expect(run.stderr).toContain('error: /no/such/file.html: cannot be read: ENOENT');
  expect(run.stderr).toContain(`error: ${page('section-front.html')}: no article`);
  expect(run.stdout).toMatch(/2 added, 3 failed\n$/);
  expect(readdirSync(dir).sort()).toEqual([
    '2025-04-15-harbour-review-ukraine-and-russia-swap-prisoners-of-war-after-gulf.md',
    '2025-05-11-the-northern-ledger-india-and-pakistan-military-chiefs-speak-on-hotline-as.md',
  ]);
}, 180_000);

test('--preview writes nothing and prints the events the article would add: date and precision, type, actors, excerpt', () => {
  const dir = tempArticlesDir();
  const run = add([page('opengraph-only.html'), '--preview', '--articles', dir]);
  expect(run.status).toBe(0);
  expect(readdirSync(dir)).toEqual([]);
  expect(run.stdout).toContain(`preview of ${dir}/2025-04-15-harbour-review-ukraine-and-russia-swap-prisoners-of-war-after-gulf.md, not written`);
  expect(run.stdout).toMatch(/\d+ events?:\n/);
  // Each event: a date or range with its precision, a type, its actors, then the quoted first excerpt.
  expect(run.stdout).toMatch(/ {2}2025-04-\d\d(\.\.2025-04-\d\d)? \((day|week|month|approximate|unknown)\) {2}\w+ {2}[^\n]+\n {6}“[^\n]+”/);
  expect(run.stdout).toMatch(/1 previewed, 0 failed\n$/);
}, 180_000);

test('bad usage is exit 2 with the usage line', () => {
  const run = add([]);
  expect(run.status).toBe(2);
  expect(run.stderr).toMatch(/error: nothing to add\nusage: npm run add -- <url \| page\.html \| article\.txt \| article\.md>\.\.\./);
}, 180_000);

test('added articles flow through npm run pipeline: their events cite excerpts that are verbatim slices of their bodies', () => {
  const dir = tempArticlesDir();
  const articles = join(dir, 'articles');
  cpSync('data/articles', articles, { recursive: true });
  const pages = ['jsonld-only.html', 'opengraph-only.html', 'jsonld-og-disagree.html', 'sidebars.html', 'liveblog.html'];
  expect(add([...pages.map(page), '--articles', articles]).status).toBe(0);
  const out = join(dir, 'out');
  const run = spawnSync('npx', ['tsx', 'pipeline/cli.ts', '--articles', articles, '--out', out, '--today', TODAY], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  const data = datasetSchema.parse(JSON.parse(readFileSync(join(out, 'events.json'), 'utf8')));
  const added = data.articles.filter((a) => a.file.startsWith('2025-'));
  expect(added).toHaveLength(pages.length);
  for (const a of added) {
    const { body } = JSON.parse(readFileSync(join(out, 'articles', `${a.id}.json`), 'utf8')) as { body: string };
    expect(body).toBe(readWritten(articles, a.file).body);
    const cited = data.events.flatMap((e) => e.sources).filter((s) => s.article === a.id);
    expect(cited.length, `events from ${a.file}`).toBeGreaterThan(0);
    for (const s of cited) expect(body.slice(s.start, s.end)).toBe(s.excerpt);
  }
  // The dashboard loads the shards: the added articles' events are in them.
  const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')) as { shards: { file: string }[] };
  const sharded = index.shards.flatMap((s) => (JSON.parse(readFileSync(join(out, s.file), 'utf8')) as { events: { sources: { article: string }[] }[] }).events);
  for (const a of added) expect(sharded.some((e) => e.sources.some((s) => s.article === a.id))).toBe(true);
}, 240_000);
