import type { TimelineEvent } from '../../src/shared/schema';
import { addDays } from '../dates/calendar';
import { dateFault } from '../dates/date-invariants';
import { publicationWindow, referredDate } from '../dates/inherit-date';
import { findNounDates } from '../dates/noun-dates';
import { inheritDate } from '../dates/resolve-dates';
import type { ArticleAnalysis, DateMention, Range } from '../types';
import type { EventType } from '../../src/shared/schema';
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
  /** Told as a plan: it cannot end before the article. */
  planned: boolean;
  /** The words that report it ("Misri said on Saturday that"): it happened by the time they say, at the latest. */
  reporting: Range | null;
}

/** Verbs of saying: a date after one dates the saying only when it follows the verb directly ("said on Friday"). */
const SAYING_TYPES = new Set<EventType>(['statement']);
/** What may stand between a verb of saying and its date: where or to whom it was said ("wrote on X on Sunday", "told Geo News yesterday"). */
const SAYING_SETTING = /^[\s,]*(?:(?:on|in|to|at|during|via)\s+)?(?:(?:an?|the|his|her|its|their)\s+)?(?:[\p{L}-]+\s+){0,3}?[\s,]*$/u;
/** Words that begin what was said rather than where it was said. */
const WHAT_WAS_SAID = /\b(?:that|he|she|it|they|we|there|his|her|their)\b/i;

/**
 * Words that open a clause of its own inside a sentence: a date after one of them (past the verb) tells when that
 * other act happened, not the verb's event ("pledged to end the war after being sworn in in January", "met Putin,
 * who had visited in March"). Background, not the scene.
 */
const SUBORDINATE = /\b(?:since|(?<!\b(?:hours|minutes|shortly|soon|just|moments|right|immediately)\s)(?:after|before)|when|while|until|following|who|which|whose|that|because)\b/i;
/** "since February": the start of a duration, never the day of an event. */
const DURATION_START = /^since\b/i;

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

  /** "came two days after the strike": the sentence's own or inherited date, that many days back, approximate. */
  const countedBack = (i: Incident, index: number): DateMention | null => {
    if (!i.before) return null;
    // "The meeting came two days after the strike": counted from the meeting, dated where the story told it.
    const from = referredDate(a.sentences, ownDates, index, published);
    if (from === null) return null;
    const date = { start: addDays(from.start, -i.before.days), end: addDays(from.end, -i.before.days), precision: 'approximate' as const, basis: 'relative-phrase' as const };
    return { start: i.before.start, end: i.before.end, text: body.slice(i.before.start, i.before.end), date };
  };

  return {
    /** An incident's own date words, else counted back from the sentence's date. */
    incident: (i: Incident, index: number): DateMention | null => i.date ?? countedBack(i, index),
    /**
     * The date words of the clause nearest the verb at `at`, leaving those that name an incident in `skip`, those
     * of a subordinate clause after the verb, and, for a verb of saying, those of what was said.
     */
    verbal: (clause: Range, at: Range, type: EventType, skip: Range[]): DateMention | null => {
      // A date that names a thing dates this event only when that thing is the event ("Witkoff's recent meeting with").
      const ownNoun = nounDates.filter((n) => overlap(n.noun, at)).map((n) => n.date);
      const belongs = (d: DateMention) => {
        if (DURATION_START.test(d.text)) return false;
        if (d.start < at.end) return true;
        const between = body.slice(at.end, d.start);
        if (SAYING_TYPES.has(type)) return SAYING_SETTING.test(between) && !WHAT_WAS_SAID.test(between);
        return !SUBORDINATE.test(between);
      };
      const here = [...ownDates, ...ownNoun].filter((d) => inside(d, clause) && !skip.some((s) => overlap(d, s)) && belongs(d));
      return here.sort((x, y) => Math.abs(x.start - at.start) - Math.abs(y.start - at.start))[0] ?? null;
    },
    /** When a report was made: the date words of its reporting clause ("he said on Thursday"), never of what it reports. */
    saying: (reporting: Range): DateMention | null => ownDates.find((d) => inside(d, reporting) && !DURATION_START.test(d.text)) ?? null,
    /**
     * The event's own date (with the words that say it), else one inherited from the sentences before it in its
     * paragraph, else the publication window. A date that breaks an invariant against the article (an occurred event
     * after it, a plan before it, a year the text does not state outside the article's) is no date for the event.
     */
    event: (own: DateMention | null, index: number, facts: DatingFacts): TimelineEvent['date'] => {
      const id = a.article.meta.id;
      if (own && dateFault(own.date, facts.planned, published, own.text) === null) return { ...own.date, evidence: { article: id, start: own.start, end: own.end, excerpt: own.text } };
      const s = a.sentences[index];
      // Undated, a reported happening is dated by its report ("announced on Saturday that they had agreed"); other
      // date words of its own sentence were weighed above and belong to something else.
      const context = (facts.incident ? dates : ownDates).filter((d) => !s || !inside(d, s) || (facts.reporting !== null && inside(d, facts.reporting)));
      const inherited = inheritDate(a.sentences, context, index, published);
      return { ...(dateFault(inherited, facts.planned, published, null) === null ? inherited : publicationWindow(published)), evidence: null };
    },
  };
}

export type ArticleDating = ReturnType<typeof articleDating>;
