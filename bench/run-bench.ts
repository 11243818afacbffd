import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright';
import { measureBundle, type BundleSize } from './bundle-size';
import { formatResults, type SizeResult } from './format-results';
import { formatContacts, measureContacts, type ContactsSample } from './measure-contacts';
import { measurePage, type Metric } from './measure-page';
import { serveStatic } from './serve-static';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,5000,20000,50000' },
    runs: { type: 'string', default: '3' },
    seed: { type: 'string', default: '7' },
    port: { type: 'string', default: '4215' },
    'limit-ms': { type: 'string', default: '90000' },
    'no-bundle': { type: 'boolean', default: false },
    /** Sizes for the contacts view and the cooperation line; empty to skip them. */
    'contacts-sizes': { type: 'string', default: '50000' },
  },
});
const sizes = values.sizes.split(',').filter(Boolean).map(Number);
const contactsSizes = values['contacts-sizes'].split(',').filter(Boolean).map(Number);
const runs = Number(values.runs);
const limitMs = Number(values['limit-ms']);
const dataDir = (n: number) => resolve('.cache', 'synth', `n${n}-s${values.seed}`);
const dataFile = (n: number) => join(dataDir(n), 'events.json');

for (const n of new Set([...sizes, ...contactsSizes])) {
  if (!existsSync(join(dataDir(n), 'index.json'))) execFileSync('npx', ['tsx', 'bench/synth/synth-cli.ts', '--events', `${n}`, '--seed', values.seed], { stdio: 'inherit' });
}
execFileSync('npx', ['vite', 'build', '-c', 'bench/vite.bench.config.ts', '--logLevel', 'warn'], { stdio: 'inherit' });
const server = await serveStatic(resolve('dist-bench'), dataDir, Number(values.port));
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });

/** The first and last day of the synthetic events, as instants. */
function dataSpan(n: number): [number, number] {
  const { events } = JSON.parse(readFileSync(dataFile(n), 'utf8')) as { events: { date: { start: string; end: string } }[] };
  let [lo, hi] = [Infinity, -Infinity];
  for (const e of events) {
    lo = Math.min(lo, Date.parse(`${e.date.start}T00:00:00Z`));
    hi = Math.max(hi, Date.parse(`${e.date.end}T00:00:00Z`));
  }
  return [lo, hi + 86_400_000];
}

/** A quiet 3-day stretch with a handful of events, so both pages show individual items there to click. */
function quietDay(n: number): number {
  const starts = (JSON.parse(readFileSync(dataFile(n), 'utf8')) as { events: { date: { start: string } }[] }).events
    .map((e) => Date.parse(`${e.date.start}T00:00:00Z`))
    .sort((a, b) => a - b);
  for (let i = 0, j = 0; i < starts.length; i++) {
    const d = starts[i] ?? 0;
    while ((starts[j] ?? Infinity) < d + 3 * 86_400_000) j++;
    if (j - i >= 3 && j - i <= 30) return d;
  }
  return starts[0] ?? 0;
}

const results: SizeResult[] = [];
const contactsResults: { events: number; samples: ContactsSample[] }[] = [];
try {
  for (const n of sizes) {
    const zoomDay = quietDay(n);
    const r: SizeResult = { events: n, dashboard: [], baseline: [], baselineTimeouts: [] };
    for (let run = 1; run <= runs; run++) {
      for (const kind of ['dashboard', 'baseline'] as const) {
        // A baseline step that already ran past the limit is not retried: it would only cost another minute.
        const skip = new Set<Metric>(kind === 'baseline' ? r.baselineTimeouts : []);
        if (skip.has('firstItems')) continue;
        const { sample, timedOut } = await measurePage(browser, `http://127.0.0.1:${values.port}/${kind}.html?n=${n}`, kind, zoomDay, limitMs, skip);
        r[kind].push(sample);
        if (kind === 'baseline') r.baselineTimeouts.push(...timedOut);
        console.log(`${n} events, run ${run}, ${kind}: ${JSON.stringify(sample)}${timedOut.length ? ` timed out: ${timedOut.join(', ')}` : ''}`);
      }
    }
    results.push(r);
  }
  for (const n of contactsSizes) {
    const samples: ContactsSample[] = [];
    for (let run = 1; run <= runs; run++) {
      const s = await measureContacts(browser, `http://127.0.0.1:${values.port}/contacts.html?n=${n}`, dataSpan(n));
      console.log(`${n} events, run ${run}, contacts and line: ${JSON.stringify(s)}`);
      samples.push(s);
    }
    contactsResults.push({ events: n, samples });
  }
} finally {
  await browser.close();
  server.close();
}

let bundle: BundleSize | null = null;
if (!values['no-bundle']) bundle = measureBundle('dist-bench-app');
const table = `${formatResults(results, runs, limitMs, bundle)}\n\n${formatContacts(contactsResults)}`;
console.log(`\n${table}`);
mkdirSync('bench/results', { recursive: true });
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
writeFileSync(join('bench', 'results', `bench-${stamp}.md`), `${table}\n`);
writeFileSync(join('bench', 'results', `bench-${stamp}.json`), JSON.stringify({ runs, limitMs, results, contacts: contactsResults, bundle }, null, 2));
