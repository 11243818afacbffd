// A/B of two builds of the app, loaded cold in turn in one run, under one profile of the load benchmark: A is served
// at /, B (built with `--base /floor/`) at /floor/, both with the same data. Prints each load's first item on the first
// screen and the medians. Usage: tsx bench/load/ab-load.ts A_DIR B_DIR DATA_DIR [runs] [desktop|phone] [port]
import { resolve } from 'node:path';
import { chromium } from 'playwright';
import { measureLoad, PROFILES } from './measure-load';
import { serveLoadSiteApart } from './serve-load-process';

const [a, b, data, runsArg = '11', profileName = 'desktop', portArg = '4297'] = process.argv.slice(2);
const profile = PROFILES.find((p) => p.name === profileName);
if (!a || !b || !data || !profile) throw new Error('usage: ab-load.ts A_DIR B_DIR DATA_DIR [runs] [desktop|phone] [port]');
const runs = Number(runsArg);
const port = Number(portArg);
const server = await serveLoadSiteApart({ app: resolve(a), floor: resolve(b), data: resolve(data) }, port);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
const got = { A: [] as number[], B: [] as number[] };
try {
  for (let i = 0; i < runs; i++) {
    // In turn first, so that a busy moment on the shared machine falls on both alike.
    for (const which of i % 2 ? (['B', 'A'] as const) : (['A', 'B'] as const)) {
      const s = await measureLoad(browser, `http://127.0.0.1:${port}${which === 'A' ? '/' : '/floor/'}`, profile, 30_000);
      got[which].push(s.firstInScreen ?? Infinity);
    }
  }
} finally {
  await browser.close();
  server.close();
}
const median = (xs: number[]) => xs.toSorted((x, y) => x - y)[Math.floor(xs.length / 2)] ?? NaN;
const pairs = got.A.map((x, k) => (got.B[k] ?? NaN) / x);
console.log(`A ${got.A.map(Math.round).join(' ')}\nB ${got.B.map(Math.round).join(' ')}`);
console.log(`medians: A ${median(got.A).toFixed(0)} ms, B ${median(got.B).toFixed(0)} ms, B/A ${(median(got.B) / median(got.A)).toFixed(3)}; median of pairs B/A ${median(pairs).toFixed(3)}`);
