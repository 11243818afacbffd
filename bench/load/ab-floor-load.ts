// Two builds of the app against the floor page, all three loaded cold in turn in one run (desktop or phone): A's
// site serves A at / and the floor at /floor/, B's site serves B at / on the next port. Prints the medians of the
// first item on the first screen, each build's ratio to the floor, its long tasks and its first paint.
// FLOOR_DIR '-' leaves the floor out (at 20,000 events it takes about a minute a load).
// Usage: tsx bench/load/ab-floor-load.ts A_DIR B_DIR DATA_DIR FLOOR_DIR [runs] [desktop|phone] [port]
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { chromium } from 'playwright';
import { measureLoad, PROFILES, type LoadSample } from './measure-load';
import { serveLoadSiteApart } from './serve-load-process';

const [a, b, data, floor, runsArg = '11', profileName = 'desktop', portArg = '4297'] = process.argv.slice(2);
const profile = PROFILES.find((p) => p.name === profileName);
if (!a || !b || !data || !floor || !profile) throw new Error('usage: ab-floor-load.ts A_DIR B_DIR DATA_DIR FLOOR_DIR [runs] [desktop|phone] [port]');
const runs = Number(runsArg);
const port = Number(portArg);
const loadBefore = loadavg()[0] ?? 0;
const withFloor = floor !== '-';
const floorDir = resolve(withFloor ? floor : a);
const servers = [
  await serveLoadSiteApart({ app: resolve(a), floor: floorDir, data: resolve(data) }, port),
  await serveLoadSiteApart({ app: resolve(b), floor: floorDir, data: resolve(data) }, port + 1),
];
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
const pages = ([['A', `http://127.0.0.1:${port}/`], ['B', `http://127.0.0.1:${port + 1}/`], ['floor', `http://127.0.0.1:${port}/floor/`]] as const).filter(([k]) => withFloor || k !== 'floor');
const got: Record<string, LoadSample[]> = { A: [], B: [], floor: [] };
try {
  for (let i = 0; i < runs; i++) {
    // In turn first, so that a busy moment on the shared machine falls on all three alike.
    for (const [which, url] of [...pages.slice(i % pages.length), ...pages.slice(0, i % pages.length)]) got[which]?.push(await measureLoad(browser, url, profile, 30_000));
  }
} finally {
  await browser.close();
  for (const s of servers) s.close();
}
const median = (xs: number[]) => xs.toSorted((x, y) => x - y)[Math.floor(xs.length / 2)] ?? NaN;
const shown = (k: string) => (got[k] ?? []).map((s) => s.firstInScreen ?? Infinity);
const f = withFloor ? median(shown('floor')) : NaN;
for (const k of withFloor ? ['A', 'B', 'floor'] : ['A', 'B']) {
  const xs = shown(k);
  const tasks = median((got[k] ?? []).map((s) => s.longTaskMs));
  const paint = median((got[k] ?? []).map((s) => s.firstPaint ?? Infinity));
  const ratios = xs.map((x, j) => x / (shown('floor')[j] ?? NaN));
  const vsFloor = withFloor ? `, vs floor ${(median(xs) / f).toFixed(2)} (median of per-run ratios ${median(ratios).toFixed(2)})` : '';
  console.log(`${k.padEnd(5)} ${xs.map(Math.round).join(' ')}\n      median ${median(xs).toFixed(0)} ms${vsFloor}, long-task ms median ${tasks.toFixed(0)}, first paint median ${paint.toFixed(0)} ms`);
}
console.log(`load average ${loadBefore.toFixed(1)} before, ${(loadavg()[0] ?? 0).toFixed(1)} after`);
