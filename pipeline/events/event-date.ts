import type { TimelineEvent } from '../../src/shared/schema';
import { addDays } from '../dates/calendar';
import { inheritDate } from '../dates/resolve-dates';
import type { ArticleAnalysis, DateMention } from '../types';

/** How far before publication a quoted speaker's "today" may lie: news reports a briefing within a day or two. */
const QUOTE_LAG_DAYS = 2;

/**
 * "This morning" or "today" inside a quotation is the speaker's day, not the article's, and the speech may
 * predate publication: such a date widens back by QUOTE_LAG_DAYS and becomes approximate. Applied once to every
 * date mention, so that what a later sentence inherits from it is widened too.
 */
export function asSpeakerDates(a: ArticleAnalysis, dates: DateMention[]): DateMention[] {
  return dates.map((d) => {
    const quoted = a.quotes.some((q) => q.start <= d.start && d.end <= q.end);
    if (!quoted || d.date.basis !== 'relative-phrase') return d;
    return { ...d, date: { ...d.date, start: addDays(d.date.start, -QUOTE_LAG_DAYS), precision: 'approximate' } };
  });
}

/** The event's own date (with the words that say it), else one inherited from the dates in `context`. */
export function eventDate(a: ArticleAnalysis, own: DateMention | null, index: number, context: DateMention[]): TimelineEvent['date'] {
  const id = a.article.meta.id;
  if (own) return { ...own.date, evidence: { article: id, start: own.start, end: own.end, excerpt: own.text } };
  return { ...inheritDate(a.sentences, context, index, a.article.meta.published), evidence: null };
}
