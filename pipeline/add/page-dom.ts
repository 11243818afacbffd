import { parseHTML } from 'linkedom';

/**
 * The server-side DOM the pages are read with. linkedom, not jsdom: on this project's fixtures both give
 * Readability the same text, and linkedom parses several times faster (bench/add/compare-dom.ts).
 */
export function parsePage(html: string): Document {
  return parseHTML(html).document;
}
