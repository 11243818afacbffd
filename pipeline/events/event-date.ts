import type { TimelineEvent } from '../../src/shared/schema';
import { addDays } from '../dates/calendar';
import { findNounDates } from '../dates/noun-dates';
import { inheritDate } from '../dates/resolve-dates';
import type { ArticleAnalysis, DateMention, Range, Sentence } from '../types';
import type { Incident } from './find-incidents';

/** How far before publication a quoted speaker's "today" may lie: news reports a briefing within a day or two. */
const QUOTE_LAG_DAYS = 2;

const inside = (r: Range, outer: Range) => r.start >= outer.start && r.end <= outer.end;
const overlap = (a: Range, b: Range) => a.start < b.end && b.start < a.end;

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

/** How an event is dated: its own words, else the context it may inherit from. */
export interface DatingFacts {
  /** An attack or strike: only referred to, it happened before the sentence's own date. */
  incident: boolean;
}

/**
 * Every choice of an event's date in one article, in one place: which date words belong to a verb, to an incident,
 * to the saying of a report, and what an event without date words of its own falls back on.
 */
export function articleDating(a: ArticleAnalysis, dates: DateMention[], incidents: Incident[]) {
  const { body } = a.article;
  const published = a.article.meta.published;
  // A date that names a thing ("the April 22 attack", "recent diplomatic talks") dates that thing only: not the
  // statement around it, nor a later sentence by inheritance.
  const nounDates = findNounDates(body, dates);
  const incidentDates = incidents.flatMap((i) => (i.date ? [i.date] : []));
  const named = [...incidentDates, ...nounDates.map((n) => n.date)];
  const ownDates = dates.filter((d) => !named.some((r) => overlap(d, r)));
  // An incident the sentence only refers to ("concern over the Indian strikes") happened before the sentence's own
  // date, not on it: it inherits from the sentences before, as if its own had no date.
  const incidentContext = (s: Sentence) => dates.filter((d) => d.end <= s.start || d.start >= s.end);

  /** "came two days after the strike": the sentence's own or inherited date, that many days back, approximate. */
  const countedBack = (i: Incident, index: number): DateMention | null => {
    if (!i.before) return null;
    const from = inheritDate(a.sentences, ownDates, index, published);
    if (from.basis === 'publication') return null;
    const date = { start: addDays(from.start, -i.before.days), end: addDays(from.end, -i.before.days), precision: 'approximate' as const, basis: 'relative-phrase' as const };
    return { start: i.before.start, end: i.before.end, text: body.slice(i.before.start, i.before.end), date };
  };

  return {
    /** An incident's own date words, else counted back from the sentence's date. */
    incident: (i: Incident, index: number): DateMention | null => i.date ?? countedBack(i, index),
    /** The date words of the clause nearest the verb at `at`, leaving those that name an incident in `skip`. */
    verbal: (clause: Range, at: Range, skip: Range[]): DateMention | null => {
      // A date that names a thing dates this event only when that thing is the event ("Witkoff's recent meeting with").
      const ownNoun = nounDates.filter((n) => overlap(n.noun, at)).map((n) => n.date);
      const here = [...ownDates, ...ownNoun].filter((d) => inside(d, clause) && !skip.some((s) => overlap(d, s)));
      return here.sort((x, y) => Math.abs(x.start - at.start) - Math.abs(y.start - at.start))[0] ?? null;
    },
    /** When a report was made: the date words of its reporting clause, else of its sentence. */
    saying: (reporting: Range, s: Sentence): DateMention | null => ownDates.filter((d) => inside(d, reporting))[0] ?? ownDates.filter((d) => inside(d, s))[0] ?? null,
    /** The event's own date (with the words that say it), else one inherited from its context. */
    event: (own: DateMention | null, index: number, facts: DatingFacts): TimelineEvent['date'] => {
      const id = a.article.meta.id;
      if (own) return { ...own.date, evidence: { article: id, start: own.start, end: own.end, excerpt: own.text } };
      const s = a.sentences[index];
      const context = facts.incident && s ? incidentContext(s) : ownDates;
      return { ...inheritDate(a.sentences, context, index, published), evidence: null };
    },
  };
}

export type ArticleDating = ReturnType<typeof articleDating>;
