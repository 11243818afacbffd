import type { Article, Source } from '../../src/shared/schema';

function shingles(text: string): Set<string> {
  const words = text.toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, ' ').split(/\s+/).filter(Boolean);
  const out = new Set<string>();
  for (let i = 0; i + 3 <= words.length; i++) out.add(words.slice(i, i + 3).join(' '));
  return out;
}

/** The reporter's own words: quotations are left out, since independent reporters quote a speaker alike. */
function narration(text: string): string {
  return text.replace(/“[^”]*”?|"[^"]*"?/g, ' ');
}

/** True when two excerpts are the same wire copy: most word triples of their own narration shared. */
export function nearIdentical(a: string, b: string): boolean {
  const sa = shingles(narration(a));
  const sb = shingles(narration(b));
  if (sa.size < 3 || sb.size < 3) return false;
  let shared = 0;
  for (const s of sa) if (sb.has(s)) shared++;
  return shared / Math.min(sa.size, sb.size) >= 0.8;
}

/** Pairwise comparison is quadratic: beyond this many sources, only verbatim reprints are detected. */
const PAIRWISE_LIMIT = 200;

/**
 * Independent publishers behind an event's sources. An article without a publisher counts as its own outlet;
 * two outlets whose excerpts are near-identical reprinted one wire story and count once.
 */
export function countCorroboration(sources: Source[], articles: Map<string, Article>): number {
  const outlet = (s: Source) => articles.get(s.article)?.publisher ?? `article:${s.article}`;
  const outlets = [...new Set(sources.map(outlet))];
  if (outlets.length === 1) return 1;
  const parent = new Map(outlets.map((o) => [o, o]));
  const find = (o: string): string => {
    const p = parent.get(o) ?? o;
    return p === o ? o : find(p);
  };
  const union = (a: string, b: string) => parent.set(find(a), find(b));
  const verbatim = new Map<string, string>();
  for (const s of sources) {
    const key = narration(s.excerpt).toLowerCase().replace(/\W+/g, ' ').trim();
    if (key.split(' ').length < 5) continue;
    const seen = verbatim.get(key);
    if (seen === undefined) verbatim.set(key, outlet(s));
    else union(seen, outlet(s));
  }
  if (sources.length <= PAIRWISE_LIMIT) {
    sources.forEach((a, i) => {
      for (const b of sources.slice(i + 1)) if (outlet(a) !== outlet(b) && nearIdentical(a.excerpt, b.excerpt)) union(outlet(a), outlet(b));
    });
  }
  return new Set(outlets.map(find)).size;
}
