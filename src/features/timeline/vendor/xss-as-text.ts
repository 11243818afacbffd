/**
 * Stands in for the `xss` package inside vis-timeline (aliased in vite.config.ts). vis-timeline runs every string
 * it puts into innerHTML (axis labels, and item or lane content given as a string) through `xss`, an HTML
 * sanitiser that keeps a whitelist of tags. This dashboard never hands vis-timeline markup: items and lanes are
 * DOM nodes built with textContent (render-item-as-text.ts). So a sanitiser is 18 kB of code to keep markup we
 * never send; escaping everything is both smaller and stricter: any string that still reaches innerHTML shows as
 * the literal text it is.
 */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeAsText(input: unknown): string {
  const text = typeof input === 'string' ? input : typeof input === 'number' || typeof input === 'boolean' ? String(input) : '';
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** The part of xss's API that vis-timeline uses: `new FilterXSS(options).process(html)`. */
export class FilterXSS {
  process(input: unknown): string {
    return escapeAsText(input);
  }
}

export function filterXSS(input: unknown): string {
  return escapeAsText(input);
}

export default { FilterXSS, filterXSS };
