import type { Article, Source } from '../../src/shared/schema';

function shingles(text: string): Set<string> {
  const words = text.toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, ' ').split(/\s+/).filter(Boolean);
  const out = new Set<string>();
  for (let i = 0; i + 3 <= words.length; i++) out.add(words.slice(i, i + 3).join(' '));
  return out;
}

/** True when two excerpts are the same wire copy (most of their word triples shared). */
export function nearIdentical(a: string, b: string): boolean {
  const sa = shingles(a);
  const sb = shingles(b);
  if (sa.size === 0 || sb.size === 0) return a.trim() === b.trim();
  let shared = 0;
  for (const s of sa) if (sb.has(s)) shared++;
  return shared / Math.min(sa.size, sb.size) >= 0.8;
}

/**
 * Independent publishers behind an event's sources. An article without a publisher counts as its own outlet;
 * two outlets whose excerpts are near-identical reprinted one wire story and count once.
 */
export function countCorroboration(sources: Source[], articles: Map<string, Article>): number {
  const outlet = (s: Source) => articles.get(s.article)?.publisher ?? `article:${s.article}`;
  const outlets = [...new Set(sources.map(outlet))];
  const parent = new Map(outlets.map((o) => [o, o]));
  const find = (o: string): string => {
    const p = parent.get(o) ?? o;
    return p === o ? o : find(p);
  };
  for (const a of sources) {
    for (const b of sources) {
      if (outlet(a) !== outlet(b) && nearIdentical(a.excerpt, b.excerpt)) parent.set(find(outlet(a)), find(outlet(b)));
    }
  }
  return new Set(outlets.map(find)).size;
}
