import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright';
import { formatLoadResults, type LoadRow } from './load/format-load-results';
import { measureLoad, PROFILES, type LoadSample } from './load/measure-load';
import { serveLoadSiteApart } from './load/serve-load-process';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: 'real,1000,20000' },
    profiles: { type: 'string', default: PROFILES.map((p) => p.name).join(',') },
    runs: { type: 'string', default: '3' },
    seed: { type: 'string', default: '7' },
    port: { type: 'string', default: '4215' },
    'limit-ms': { type: 'string', default: '45000' },
  },
});
const runs = Number(values.runs);
const limitMs = Number(values['limit-ms']);
const sizes = values.sizes.split(',');
const profiles = PROFILES.filter((p) => values.profiles.split(',').includes(p.name));
const run = (cmd: string, args: string[], env: Record<string, string> = {}) => execFileSync(cmd, args, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ...env } });

/** The dataset's folder, and the app built around it as `npm run build` would with that data published. */
function prepare(size: string): { data: string; app: string } {
  const app = resolve('dist-load', size);
  if (size === 'real') {
    run('npx', ['vite', 'build', '--outDir', app, '--emptyOutDir', '--logLevel', 'error']);
    return { data: resolve('public', 'data'), app };
  }
  const data = resolve('.cache', 'synth', `n${size}-s${values.seed}`);
  if (!existsSync(join(data, 'index.json'))) run('npx', ['tsx', 'bench/synth/synth-cli.ts', '--events', size, '--seed', values.seed]);
  const publicDir = resolve('.cache', 'load-public', size);
  rmSync(publicDir, { recursive: true, force: true });
  mkdirSync(publicDir, { recursive: true });
  cpSync(data, join(publicDir, 'data'), { recursive: true });
  run('npx', ['vite', 'build', '--outDir', app, '--emptyOutDir', '--logLevel', 'error'], { CT_PUBLIC_DIR: publicDir });
  return { data, app };
}

run('npx', ['vite', 'build', '-c', 'bench/vite.floor.config.ts']);
const floor = resolve('dist-bench-floor');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
const rows: LoadRow[] = [];
const load = { before: loadavg()[0] ?? 0, after: 0 };
try {
  for (const size of sizes) {
    const site = prepare(size);
    const server = await serveLoadSiteApart({ ...site, floor }, Number(values.port));
    try {
      for (const profile of profiles) {
        const row: LoadRow = { dataset: size, profile: profile.name, app: [], floor: [], bare: [] };
        for (let i = 1; i <= runs; i++) {
          // Interleaved and in turn first, so that a busy moment on the shared machine falls on all three pages alike.
          const pages = [['app', '/'], ['floor', '/floor/'], ['bare', '/bare/']] as const;
          for (const [page, path] of [...pages.slice(i % 3), ...pages.slice(0, i % 3)]) {
            const s: LoadSample = await measureLoad(browser, `http://127.0.0.1:${values.port}${path}`, profile, limitMs);
            row[page].push(s);
            console.log(`${size} ${profile.name} run ${i} ${page}: ${JSON.stringify(s)}`);
          }
        }
        rows.push(row);
      }
    } finally {
      server.close();
    }
  }
} finally {
  await browser.close();
}
load.after = loadavg()[0] ?? 0;
const table = formatLoadResults(rows, runs, limitMs, load);
console.log(`\n${table}`);
mkdirSync('bench/results', { recursive: true });
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
writeFileSync(join('bench', 'results', `load-${stamp}.md`), `${table}\n`);
writeFileSync(join('bench', 'results', `load-${stamp}.json`), JSON.stringify({ runs, limitMs, load, profiles, rows }, null, 2));
