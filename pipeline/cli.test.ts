import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { datasetSchema } from '../src/shared/schema';

test('the CLI processes every good article, reports the broken one with file and line, and exits non-zero', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ct-cli-'));
  const articles = join(dir, 'articles');
  cpSync('data/articles', articles, { recursive: true });
  writeFileSync(join(articles, '900_broken.md'), '---\ntitle: [unclosed\n---\nIndia and Pakistan agreed to a ceasefire on Saturday.\n');
  const out = join(dir, 'out');
  const run = spawnSync('npx', ['tsx', 'pipeline/cli.ts', '--articles', articles, '--out', out, '--report'], { encoding: 'utf8' });
  expect(run.status).toBe(1);
  expect(run.stderr).toMatch(/900_broken\.md:\d+: broken front matter/);
  expect(run.stdout).toMatch(/quotes without speaker: \d+/);
  expect(run.stdout).toMatch(/events without actors: \d+/);
  const data = datasetSchema.parse(JSON.parse(readFileSync(join(out, 'events.json'), 'utf8')));
  expect(data.articles.map((a) => a.file).sort()).toEqual(readdirSync('data/articles').sort());
  expect(data.events.length).toBeGreaterThan(0);
  for (const e of data.events) {
    for (const s of e.sources) {
      const { body } = JSON.parse(readFileSync(join(out, 'articles', `${s.article}.json`), 'utf8')) as { body: string };
      expect(body.slice(s.start, s.end)).toBe(s.excerpt);
    }
  }
  expect(existsSync(`${out}.tmp-${String(run.pid)}`)).toBe(false);
}, 60_000);

test('curation about articles not in the run is skipped with one line; wrong words of a present article stay an error', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ct-cur-'));
  const curation = join(dir, 'curation');
  cpSync('data/curation', curation, { recursive: true });
  writeFileSync(join(curation, 'zz-absent.yaml'), '- article: no-such-article\n  author: tester\n  note: { kind: context, text: x }\n');
  const clean = spawnSync('npx', ['tsx', 'pipeline/cli.ts', '--curation', curation, '--out', join(dir, 'out')], { encoding: 'utf8' });
  expect(clean.stderr).toBe('');
  expect(clean.status).toBe(0);
  expect(clean.stdout).toMatch(/^1 curation entry about articles not in data\/articles skipped$/m);
  // A user's own folder: every seed-addressed entry is skipped, and the run is clean.
  const own = join(dir, 'own');
  mkdirSync(own);
  cpSync('data/articles/002_21932a248247e45f.txt', join(own, 'mine.txt'));
  const elsewhere = spawnSync('npx', ['tsx', 'pipeline/cli.ts', '--articles', own, '--curation', curation, '--out', join(dir, 'out-own')], { encoding: 'utf8' });
  expect(elsewhere.status).toBe(0);
  expect(elsewhere.stdout).toMatch(/curation entries about articles not in .* skipped/);
  writeFileSync(join(curation, 'zz-bad.yaml'), '- article: 002-21932a248247e45f\n  excerpt: words this article never had\n  author: tester\n  note: { kind: context, text: x }\n');
  const bad = spawnSync('npx', ['tsx', 'pipeline/cli.ts', '--curation', curation, '--out', join(dir, 'out-bad')], { encoding: 'utf8' });
  expect(bad.status).toBe(1);
  expect(bad.stderr).toMatch(/zz-bad\.yaml:1: entry 0: the excerpt is not in article "002-21932a248247e45f"/);
}, 90_000);

test('--today sets the reference date: an article published after it is refused, one before it is kept', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ct-today-'));
  const articles = join(dir, 'articles');
  cpSync('data/articles', articles, { recursive: true });
  const cli = (today: string) => spawnSync('npx', ['tsx', 'pipeline/cli.ts', '--articles', articles, '--out', join(dir, `out-${today}`), '--today', today], { encoding: 'utf8' });
  // 002 is published 2025-04-15, 000 on 2025-05-09: a today between them refuses 000 only.
  const early = cli('2025-05-01');
  expect(early.status).toBe(1);
  expect(early.stderr).toMatch(/000_33d9e51da9844c80\.txt:\d+: publication date 2025-05-09 is in the future \(today is 2025-05-01\)/);
  expect(early.stderr).not.toMatch(/002_21932a248247e45f/);
  expect(cli('2025-06-01').status).toBe(0);
  const bad = cli('yesterday');
  expect(bad.status).toBe(2);
  expect(bad.stderr).toMatch(/--today must be a date as YYYY-MM-DD/);
}, 60_000);
