import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { countIndexedEvents, SMALL_DATASET_EVENTS } from '../src/shared/lib/dataset-size';
import { SHARD_FILE } from '../src/shared/schema/split-into-shards';

/**
 * index.html preloads the published data's index; this adds what the data needs next, so that nothing waits on
 * the network in series: for a small dataset its shards (the page checks them itself, with code in its main
 * bundle), for a large one nothing more (its shards are heavy, and its validation runs in workers the page starts
 * once the index is in).
 */
export function preloadPublishedData(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'preload-published-data',
    apply: 'build',
    configResolved(c) {
      config = c;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        let shards: { file: string; events: number }[];
        try {
          shards = (JSON.parse(readFileSync(join(config.publicDir, 'data', 'index.json'), 'utf8')) as { shards: { file: string; events: number }[] }).shards;
        } catch {
          return html; // No published data: the page loads and reports what it finds, as before.
        }
        if (!Array.isArray(shards) || countIndexedEvents(shards) > SMALL_DATASET_EVENTS || !shards.every((s) => SHARD_FILE.test(s.file))) return html;
        const base = config.base;
        const links = shards.map((s) => `<link rel="preload" href="${base}data/${s.file}" as="fetch" type="application/json" crossorigin="anonymous" />`);
        return html.replace('</head>', `    ${links.join('\n    ')}\n  </head>`);
      },
    },
  };
}

/**
 * Moves the stylesheet's link from the head to the end of the body. In the head it would hold back the first paint
 * until it arrived; at the end, the header and skeleton above it (styled inline in index.html) paint as soon as the
 * page is parsed, and the app's module script still runs only once the stylesheet has loaded.
 */
export function stylesheetAfterContent(): Plugin {
  return {
    name: 'stylesheet-after-content',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const links = html.match(/\s*<link rel="stylesheet"[^>]*>/g) ?? [];
        if (!links.length) return html;
        let out = html;
        for (const l of links) out = out.replace(l, '');
        return out.replace('</body>', `  ${links.map((l) => l.trim()).join('\n    ')}\n  </body>`);
      },
    },
  };
}
