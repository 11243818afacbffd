import type { TimelineEvent } from '../../../shared/schema';

/** An event's own words: its title and excerpts (its summary is words of an excerpt), lower-cased. */
export function ownSearchText(ev: TimelineEvent): string {
  return [ev.title, ...ev.sources.map((s) => s.excerpt)].join('\n').toLowerCase();
}

/** Lower-cased title and excerpts of each event, computed once per dataset so typing stays fast at 50k events. */
export function buildSearchIndex(events: readonly TimelineEvent[]): string[] {
  return events.map(ownSearchText);
}

/** Whitespace-separated terms; an event matches when its text contains every one. */
export function toSearchTerms(query: string): string[] {
  return query.toLowerCase().split(/\s+/).filter(Boolean);
}

/**
 * The whole text of the articles, for search: an event also matches when the articles it comes from hold the
 * words. Each body is kept once (lower-cased), and each event lists its articles, so 50k events do not copy them.
 */
export interface ArticleTextIndex {
  /** The distinct articles each event cites, by event index. */
  articlesOf: string[][];
  /** Lower-cased body of each article whose text is loaded. */
  bodies: ReadonlyMap<string, string>;
}

export function buildArticleTextIndex(events: readonly TimelineEvent[], bodies: ReadonlyMap<string, string>): ArticleTextIndex {
  const lower = new Map([...bodies].map(([id, body]) => [id, body.toLowerCase()]));
  return { articlesOf: events.map((ev) => [...new Set(ev.sources.map((s) => s.article))]), bodies: lower };
}

/**
 * For each term, the articles whose text holds it: computed once per query (articles × terms), so that testing an
 * event is a set lookup per article rather than a scan of its text.
 */
export function articlesHolding(index: ArticleTextIndex, terms: readonly string[]): Set<string>[] {
  return terms.map((t) => new Set([...index.bodies].filter(([, body]) => body.includes(t)).map(([id]) => id)));
}
