import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleFile {
  file: string;
  raw: number;
  gzip: number;
  /** first: loaded by index.html; on-demand: fetched by import() when needed; worker: the validation worker. */
  when: 'first' | 'on-demand' | 'worker' | 'css';
}

export interface BundleSize {
  files: BundleFile[];
  /** JS the page loads before it can show anything: the budget applies to this. */
  firstJsGzip: number;
  onDemandJsGzip: number;
  cssGzip: number;
  workerGzip: number;
  /** The required packages alone (React, react-dom, TanStack Query, vis-timeline, vis-data): bench/floor. */
  floorJsGzip: number;
}

const gzip = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;

/** Every script index.html names (entry and modulepreload links): what a first visit downloads and runs. */
function firstLoadScripts(outDir: string): Set<string> {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  return new Set([...html.matchAll(/(?:src|href)="[^"]*\/assets\/([^"]+\.js)"/g)].map((m) => m[1] ?? ''));
}

function measureFloor(): number {
  execFileSync('npx', ['vite', 'build', '-c', 'bench/vite.floor.config.ts'], { stdio: 'ignore' });
  const dir = join('dist-bench-floor', 'assets');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .reduce((s, f) => s + gzip(join(dir, f)), 0);
}

/** Builds the real app (as `npm run build` does, without the type-check) and gzips every JS and CSS file. */
export function measureBundle(outDir: string): BundleSize {
  execFileSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir'], { stdio: 'ignore' });
  const first = firstLoadScripts(outDir);
  const dir = join(outDir, 'assets');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.js') || f.endsWith('.css'))
    .map((file): BundleFile => {
      const buf = readFileSync(join(dir, file));
      const when = file.endsWith('.css') ? 'css' : file.includes('.worker') ? 'worker' : first.has(file) ? 'first' : 'on-demand';
      return { file, raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length, when };
    });
  const sum = (when: BundleFile['when']) => files.filter((f) => f.when === when).reduce((s, f) => s + f.gzip, 0);
  return { files, firstJsGzip: sum('first'), onDemandJsGzip: sum('on-demand'), cssGzip: sum('css'), workerGzip: sum('worker'), floorJsGzip: measureFloor() };
}
