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
  return shareMostTriples(shingles(narration(a)), shingles(narration(b)));
}

function shareMostTriples(sa: Set<string>, sb: Set<string>): boolean {
  if (sa.size < 3 || sb.size < 3) return false;
  let shared = 0;
  for (const s of sa) if (sb.has(s)) shared++;
  return shared / Math.min(sa.size, sb.size) >= 0.8;
}

/** Pairwise comparison is quadratic: beyond this many sources, only verbatim reprints are detected. */
const PAIRWISE_LIMIT = 200;

/**
 * Distinct known publishers behind an event's sources; two outlets whose excerpts are near-identical reprinted one
 * wire story and count once. An article without a known publisher is not counted: two such articles may well
 * come from one outlet, and the reader is told how many articles there are instead. 0 when none is known.
 */
export function countCorroboration(sources: Source[], articles: Map<string, Article>): number {
  const known = sources.filter((s) => articles.get(s.article)?.publisher);
  const outlet = (s: Source) => articles.get(s.article)?.publisher ?? '';
  const outlets = [...new Set(known.map(outlet))];
  if (outlets.length <= 1) return outlets.length;
  const parent = new Map(outlets.map((o) => [o, o]));
  const find = (o: string): string => {
    const p = parent.get(o) ?? o;
    return p === o ? o : find(p);
  };
  const union = (a: string, b: string) => parent.set(find(a), find(b));
  const verbatim = new Map<string, string>();
  for (const s of known) {
    const key = narration(s.excerpt).toLowerCase().replace(/\W+/g, ' ').trim();
    if (key.split(' ').length < 5) continue;
    const seen = verbatim.get(key);
    if (seen === undefined) verbatim.set(key, outlet(s));
    else union(seen, outlet(s));
  }
  if (known.length <= PAIRWISE_LIMIT) {
    // Sources of one outlet in the same words test alike, and outlets already joined need no test: a merged event's
    // sources are mostly the same few sentences. Each excerpt's word triples are made once, not once per pair.
    const distinct = [...new Map(known.map((s) => [JSON.stringify([outlet(s), s.excerpt]), s])).values()];
    const byText = new Map<string, Set<string>>();
    const triples = distinct.map((s) => {
      const t = byText.get(s.excerpt) ?? shingles(narration(s.excerpt));
      byText.set(s.excerpt, t);
      return t;
    });
    distinct.forEach((a, i) => {
      for (let j = i + 1; j < distinct.length; j++) {
        const b = distinct[j] as Source;
        if (find(outlet(a)) !== find(outlet(b)) && shareMostTriples(triples[i] as Set<string>, triples[j] as Set<string>)) union(outlet(a), outlet(b));
      }
    });
  }
  return new Set(outlets.map(find)).size;
}
