import type { TimelineEvent } from '../../../shared/schema';
import type { EventFilters } from '../types';
import { articlesHolding, toSearchTerms, type ArticleTextIndex } from './build-search-index';

/** A facet left out when counting its own options, so each count says what choosing it would give. */
export type Facet = 'conflict' | 'countries' | 'officials' | 'types';

/**
 * Returns a predicate over event indexes; `skip` ignores one facet (for counts). With `articleText`, a search term
 * is found in an event's own words or in the text of an article it comes from.
 */
export function makeMatcher(
  events: readonly TimelineEvent[],
  searchIndex: readonly string[],
  filters: EventFilters,
  skip?: Facet,
  articleText?: ArticleTextIndex | null,
): (i: number) => boolean {
  const countries = skip === 'countries' || !filters.countries.length ? null : new Set(filters.countries);
  const officials = skip === 'officials' || !filters.officials.length ? null : new Set(filters.officials);
  const types = skip === 'types' || !filters.types.length ? null : new Set<string>(filters.types);
  const conflict = skip === 'conflict' ? null : filters.conflict;
  const terms = toSearchTerms(filters.query);
  const holding = articleText && terms.length ? articlesHolding(articleText, terms) : null;
  const { from, to, exactOnly } = filters;
  return (i) => {
    const ev = events[i];
    if (!ev) return false;
    if (conflict && ev.conflict !== conflict) return false;
    if (types && !types.has(ev.type)) return false;
    if (exactOnly && ev.date.precision !== 'day') return false;
    if (from && ev.date.end < from) return false;
    if (to && ev.date.start > to) return false;
    if (countries && !ev.countries.some((c) => countries.has(c))) return false;
    if (officials && !ev.actors.some((a) => officials.has(a))) return false;
    if (terms.length) {
      const text = searchIndex[i] ?? '';
      const articles = holding ? (articleText?.articlesOf[i] ?? []) : [];
      for (const [k, t] of terms.entries()) {
        if (text.includes(t)) continue;
        const inArticle = holding?.[k];
        if (!inArticle || !articles.some((a) => inArticle.has(a))) return false;
      }
    }
    return true;
  };
}

export function filterEvents(
  events: readonly TimelineEvent[],
  searchIndex: readonly string[],
  filters: EventFilters,
  articleText?: ArticleTextIndex | null,
): TimelineEvent[] {
  const matches = makeMatcher(events, searchIndex, filters, undefined, articleText);
  const out: TimelineEvent[] = [];
  events.forEach((ev, i) => {
    if (matches(i)) out.push(ev);
  });
  return out;
}

/**
 * The events among `found` that the search found only thanks to their articles' text: their own title, summary and
 * excerpts lack one of the words. Shown as "matches in article text", so a reader knows why they are listed.
 */
export function matchedInArticleText(found: readonly TimelineEvent[], query: string, ownText: (ev: TimelineEvent) => string): Set<string> {
  const terms = toSearchTerms(query);
  if (!terms.length) return new Set();
  return new Set(found.filter((ev) => { const text = ownText(ev); return !terms.every((t) => text.includes(t)); }).map((ev) => ev.id));
}
