import { resultCount } from './support/published-data';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { datasetSchema, type Dataset } from '../src/shared/schema';
import { datasetFiles, serveDataFiles } from './support/dataset-files';
import { buildHostileDataset, PAYLOADS } from './fixtures/hostile-dataset';
import { findInjectedMarkup, selectEveryEvent, watchForExecution } from './fixtures/xss-probes';

const serveData = serveDataFiles;

function filesOf(dataset: Dataset, texts: { id: string; body: string }[]): Map<string, string> {
  return new Map([...datasetFiles(dataset), ...texts.map((t) => [`articles/${t.id}.json`, JSON.stringify(t)] as [string, string])]);
}

test.describe('hostile article text', () => {
  let pipelineOut: Map<string, string>;
  let dataset: Dataset;

  test.beforeAll(() => {
    // The real pipeline, on articles whose every field carries script and markup.
    const dir = mkdtempSync(join(tmpdir(), 'hostile-pipeline-'));
    try {
      // The seed corpus's curation overlay addresses seed articles; this corpus has none of its own.
      mkdirSync(join(dir, 'curation'));
      const args = ['tsx', 'pipeline/cli.ts', '--articles', 'e2e/fixtures/hostile/articles', '--out', join(dir, 'data'), '--curation', join(dir, 'curation')];
      execFileSync('npx', args, { stdio: 'pipe' });
      const read = (p: string) => readFileSync(join(dir, 'data', p), 'utf8');
      dataset = datasetSchema.parse(JSON.parse(read('events.json')));
      // What the pipeline wrote for the app, file for file: the index, its shards and the article texts.
      const shards = (JSON.parse(read('index.json')) as { shards: { file: string }[] }).shards.map((s) => s.file);
      const files = ['index.json', ...shards, ...dataset.articles.map((a) => `articles/${a.id}.json`)];
      pipelineOut = new Map(files.map((f) => [f, read(f)]));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('run through the pipeline and shown in the app, it executes nothing, injects nothing and requests nothing', async ({ page, baseURL }) => {
    // The hostile text really is in the data the app receives, or this test would prove nothing.
    const everyText = JSON.stringify(dataset) + [...pipelineOut.values()].join('');
    for (const p of ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', 'javascript:alert(1)', '&lt;b&gt;']) expect(everyText).toContain(p);
    expect(dataset.events.length).toBeGreaterThan(0);

    const seen = watchForExecution(page, new URL(baseURL ?? '').origin);
    await serveData(page, pipelineOut);
    await page.goto('/');
    await expect(resultCount(page, `${dataset.events.length} events`)).toBeVisible();
    for (const ev of dataset.events) await expect(page.getByTestId('timeline').getByText(ev.title, { exact: true }).first()).toBeVisible();
    await selectEveryEvent(page, dataset.events.map((e) => e.id));

    expect(await findInjectedMarkup(page)).toEqual([]);
    expect(seen.dialogs).toEqual([]);
    expect(seen.strayRequests).toEqual([]);
  });
});

test('a dataset with markup in every text field shows each payload as literal text and runs none of it', async ({ page, baseURL }) => {
  const { dataset, texts } = buildHostileDataset();
  expect(datasetSchema.safeParse(dataset).success).toBe(true);
  const seen = watchForExecution(page, new URL(baseURL ?? '').origin);
  await serveData(page, filesOf(dataset, texts));
  await page.goto('/');

  const timeline = page.getByTestId('timeline');
  await expect(resultCount(page, `${dataset.events.length} events`)).toBeVisible();
  // Every payload is an event title; each must read as exactly those characters, entities not decoded.
  for (const [i, p] of PAYLOADS.entries()) await expect(timeline.getByText(`Event ${i} ${p}`, { exact: true })).toBeVisible();
  await selectEveryEvent(page, dataset.events.map((e) => e.id));

  expect(await findInjectedMarkup(page)).toEqual([]);
  expect(seen.dialogs).toEqual([]);
  expect(seen.strayRequests).toEqual([]);
});

function withFirstArticleUrl(url: string) {
  const { dataset, texts } = buildHostileDataset();
  const [first, ...rest] = dataset.articles;
  if (!first) throw new Error('the hostile dataset has articles');
  return { dataset: { ...dataset, articles: [{ ...first, url }, ...rest] }, texts };
}

const NOT_WEB_LINKS = ['javascript:alert(1)', 'JaVaScRiPt:alert(document.cookie)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)'];

for (const url of NOT_WEB_LINKS) {
  test(`a dataset whose source link is ${url.slice(0, 16)}… is refused with an error screen`, async ({ page, baseURL }) => {
    const { dataset, texts } = withFirstArticleUrl(url);
    const seen = watchForExecution(page, new URL(baseURL ?? '').origin);
    await serveData(page, filesOf(dataset, texts));
    await page.goto('/');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('The event data could not be loaded');
    await expect(alert).toContainText('does not match the schema at articles.0.url');
    await expect(page.getByTestId('timeline')).toHaveCount(0);
    expect(seen.dialogs).toEqual([]);
  });
}
