import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/** Builds bench/floor: the required packages and nothing else, to size the bundle budget against. */
export default defineConfig({
  root: resolve(import.meta.dirname, 'floor'),
  base: '/',
  logLevel: 'warn',
  build: { outDir: resolve(import.meta.dirname, '..', 'dist-bench-floor'), emptyOutDir: true },
});
