/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { preloadPublishedData, stylesheetAfterContent } from './scripts/vite-load-order';
import { trimVisTimeline } from './scripts/trim-vis-timeline';

// Content-Security-Policy for the built app: no inline script, data only from our own origin.
// vis-timeline writes inline style attributes, so style-src needs 'unsafe-inline'.
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export default defineConfig(({ command }) => ({
  // The load benchmark builds the app around synthetic data by pointing this at another folder with a data/ inside.
  publicDir: process.env.CT_PUBLIC_DIR ?? 'public',
  plugins: [
    react(),
    tailwindcss(),
    trimVisTimeline(),
    preloadPublishedData(),
    stylesheetAfterContent(),
    {
      name: 'content-security-policy',
      transformIndexHtml(html: string) {
        // The dev server injects an inline preamble for React Fast Refresh, so only the build gets the meta CSP.
        if (command !== 'build') return html;
        return html.replace(
          '<meta charset="UTF-8" />',
          `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`,
        );
      },
    },
  ],
  resolve: {
    alias: {
      // vis-timeline's HTML sanitiser, replaced by one that escapes everything: see the module's comment.
      xss: fileURLToPath(new URL('./src/features/timeline/vendor/xss-as-text.ts', import.meta.url)),
    },
  },
  build: {
    outDir: process.env.VITE_OUT_DIR ?? 'dist',
  },
  // Module workers (the page starts them with type: 'module') can load chunks on demand: the validation worker
  // loads zod only to explain a refusal.
  worker: { format: 'es' },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'pipeline/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // The first test of a pipeline file loads the gazetteer and compiles the cue tables: seconds on a busy 2-core
    // machine. A generous limit keeps a slow machine from failing a correct test; speed is measured in bench/.
    testTimeout: 30_000,
  },
}));
