import type { TimelineEvent } from '../../../shared/schema';

/** Lower-cased title and excerpts of each event, computed once per dataset so typing stays fast at 50k events. */
export function buildSearchIndex(events: readonly TimelineEvent[]): string[] {
  return events.map((ev) => [ev.title, ...ev.sources.map((s) => s.excerpt)].join('\n').toLowerCase());
}

/** Whitespace-separated terms; an event matches when its text contains every one. */
export function toSearchTerms(query: string): string[] {
  return query.toLowerCase().split(/\s+/).filter(Boolean);
}
