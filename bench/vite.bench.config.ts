import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';

/** Builds the two benchmark pages: the dashboard's timeline feature, and a bare vis-timeline baseline. */
export default defineConfig({
  root: resolve(import.meta.dirname, 'pages'),
  base: '/',
  plugins: [react(), tailwindcss()],
  // As in the app's own config: the validation worker loads zod only to explain a refusal.
  worker: { format: 'es' },
  build: {
    outDir: resolve(import.meta.dirname, '..', 'dist-bench'),
    emptyOutDir: true,
    rollupOptions: {
      input: {
        dashboard: resolve(import.meta.dirname, 'pages', 'dashboard.html'),
        baseline: resolve(import.meta.dirname, 'pages', 'baseline.html'),
        contacts: resolve(import.meta.dirname, 'pages', 'contacts.html'),
      },
    },
  },
});
