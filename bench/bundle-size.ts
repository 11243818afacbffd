import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSize {
  files: { file: string; raw: number; gzip: number }[];
  jsGzip: number;
  cssGzip: number;
  /** JS that the page itself loads; the validation worker is fetched separately, off the main thread. */
  workerGzip: number;
}

/** Builds the real app (as `npm run build` does, without the type-check) and gzips every JS and CSS file. */
export function measureBundle(outDir: string): BundleSize {
  execFileSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir'], { stdio: 'ignore' });
  const dir = join(outDir, 'assets');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.js') || f.endsWith('.css'))
    .map((file) => {
      const buf = readFileSync(join(dir, file));
      return { file, raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
    });
  const sum = (pred: (f: string) => boolean) => files.filter((f) => pred(f.file)).reduce((s, f) => s + f.gzip, 0);
  return {
    files,
    jsGzip: sum((f) => f.endsWith('.js') && !f.includes('.worker')),
    cssGzip: sum((f) => f.endsWith('.css')),
    workerGzip: sum((f) => f.includes('.worker')),
  };
}
