import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/**
 * Builds bench/floor: the required packages and nothing else, drawing the events of data/events.json beside it;
 * the bundle budget and the load benchmark measure the app against it. Served from /floor/ by the load benchmark.
 */
export default defineConfig({
  root: resolve(import.meta.dirname, 'floor'),
  base: './',
  logLevel: 'warn',
  build: { outDir: resolve(import.meta.dirname, '..', 'dist-bench-floor'), emptyOutDir: true, target: 'es2022' },
});
