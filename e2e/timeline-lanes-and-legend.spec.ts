import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { serveStatic } from '../bench/serve-static';
import { EVENT_TYPES, datasetSchema } from '../src/shared/schema';

// The dashboard page has no lane switch or legend yet, so these run on the bench page, which mounts the
// timeline feature by itself, fed with the real public/data/events.json.
const DATA = resolve('public/data/events.json');
const dataset = datasetSchema.parse(JSON.parse(readFileSync(DATA, 'utf8')));
const port = Number(process.env.E2E_BENCH_PORT ?? 4219);
const outDir = resolve('dist-bench-e2e');
let server: Server | undefined;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  execFileSync('npx', ['vite', 'build', '-c', 'bench/vite.bench.config.ts', '--outDir', outDir, '--logLevel', 'warn'], { stdio: 'inherit' });
  server = await serveStatic(outDir, () => DATA, port);
});

test.afterAll(() => {
  server?.close();
});

const unnamedEvents = dataset.events.filter((e) => !e.actors.length).length;
const countryName = (code: string) => new Intl.DisplayNames(['en'], { type: 'region' }).of(code) ?? code;

test('a reader switches lanes between conflict, country and official', async ({ page }) => {
  await page.goto(`http://127.0.0.1:${port}/dashboard.html?n=${dataset.events.length}`);
  const timeline = page.getByTestId('timeline');
  const lanes = page.getByLabel('Lanes');
  await expect(timeline.locator('[data-event-id]')).toHaveCount(dataset.events.length);

  await lanes.selectOption('country');
  const countries = [...new Set(dataset.events.flatMap((e) => e.countries))];
  for (const c of countries) await expect(timeline.getByText(countryName(c), { exact: true })).toBeVisible();
  // An event about two countries is drawn once in each country's lane. vis-timeline draws only the lanes in its
  // scroll viewport, so scroll down through them and count every (lane, event) pair seen on the way.
  const drawn = new Set<string>();
  for (let step = 0; step < 20; step++) {
    const pairs = await timeline.locator('.vis-group [data-event-id]').evaluateAll((els) =>
      els.map((el) => `${Array.from(el.closest('.vis-group')?.parentElement?.children ?? []).indexOf(el.closest('.vis-group') as Element)}:${(el as HTMLElement).dataset.eventId ?? ''}`),
    );
    for (const p of pairs) drawn.add(p);
    await timeline.hover();
    await page.mouse.wheel(0, 200);
  }
  expect(drawn.size).toBe(dataset.events.reduce((n, e) => n + Math.max(1, e.countries.length), 0));

  await lanes.selectOption('official');
  const officials = dataset.people.filter((p) => dataset.events.some((e) => e.actors.includes(p.id)));
  for (const p of officials) await expect(timeline.getByText(p.name, { exact: false }).first()).toBeVisible();
  await expect(timeline.getByText('No named official', { exact: true })).toHaveCount(unnamedEvents ? 1 : 0);

  await lanes.selectOption('none');
  await expect(timeline.getByText('No named official', { exact: true })).toHaveCount(0);
  await expect(timeline.locator('[data-event-id]')).toHaveCount(dataset.events.length);
});

test('the legend names every event type and both date styles', async ({ page }) => {
  await page.goto(`http://127.0.0.1:${port}/dashboard.html?n=${dataset.events.length}`);
  const legend = page.getByRole('region', { name: 'Legend' });
  for (const t of Object.values(EVENT_TYPES)) await expect(legend.getByText(t.label, { exact: true })).toBeVisible();
  await expect(legend).toContainText('Exact date');
  await expect(legend).toContainText('Uncertain date');
});
