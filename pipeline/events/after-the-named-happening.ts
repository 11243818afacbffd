import type { ConflictId, TimelineEvent } from '../../src/shared/schema';
import { daysBetween } from '../dates/calendar';
import { BACKGROUND_WINDOW_DAYS, PUBLICATION_WINDOW_DAYS } from '../dates/inherit-date';
import { isKnownOn, KNOWN_EVENTS } from '../lexicon/known-events';
import type { DateMention, Range } from '../types';
import { overlaps } from '../ranges';

/** A happening a sentence names, with the first day it may have taken place on. */
export interface NamedHappening extends Range {
  day: string;
}

/**
 * How far back a named happening may bound an act told with no date of its own: the month before publication, as far as
 * background reaches (BACKGROUND_WINDOW_DAYS). A range reaching further back tells no day (the app and the evaluation
 * take a range of more than a month for none), and a happening older than that is recalled beside the act, not answered.
 */
const AFTER_REACH_DAYS = BACKGROUND_WINDOW_DAYS;

/**
 * A known event picked out by its name, not by a description: every word capitalised ("Pahalgam", "Operation Sindoor",
 * "the Indus Waters Treaty", "Alaska"). A description the lexicon also reads ("Indian aircraft", "airspace", "ceasefire")
 * names the known event only as the event's own phrase of its kind (known-event-day.ts); anywhere in a sentence it may
 * be anything ("shot down six Indian aircraft").
 */
const PROPER_NAME = /^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*$/u;

/**
 * How vague a happening's own date may be and still bound the act: a week ("last week's talks"). A happening told only
 * as "recent" or "last month" may lie on any day of a month; the act's window, which may hold its day too, says more.
 */
const HAPPENING_SPAN_DAYS = PUBLICATION_WINDOW_DAYS;

/**
 * Words right before a happening's name that put the act before it, at it, or only against it: "ahead of", "before",
 * "prior to", "in the run-up to", "until", "when", "while" (the act went on as it happened), and comparisons ("like",
 * "similar to", "compared with", "than", "the worst ... since"): none of these makes the act its answer.
 */
const NOT_AFTER_IT = /\b(?:ahead\s+of|before|prior\s+to|(?:in\s+)?(?:the\s+)?(?:run|lead)[\s-]up\s+to|in\s+preparation\s+for|until|till|when|while|like|unlike|similar\s+to|(?:as\s+)?compared\s+(?:with|to)|than|reminiscent\s+of|(?:worst|deadliest|biggest|largest|heaviest|highest|most\s+\w+|\w+est)\b[^,;.]*\bsince)\s+(?:(?:the|a|an|this|that|its|their|his|her|\p{Lu}[\p{L}-]*['’]s)\s+)?(?:[\p{L}-]+\s+){0,4}$/iu;
/** How far before a name NOT_AFTER_IT may look: the words of its own phrase. */
const LEAD_REACH = 60;


/**
 * The happenings sentence `s` names with a day: those its own dates name (a date that names a thing, "the April 22
 * attack", "Monday's strikes", at most a week wide; an incident with its own date or its known day, "the Pahalgam terror attack") and the
 * events of its crisis the lexicon knows by name (known-events.ts: "Operation Sindoor", "the Alaska summit"), told in
 * a story published on their day or after.
 */
export function happeningsNamed(body: string, s: Range, named: DateMention[], conflict: ConflictId, published: string): NamedHappening[] {
  const text = body.slice(s.start, s.end);
  const fromDates = named.filter((d) => d.start >= s.start && d.end <= s.end && daysBetween(d.date.start, d.date.end) <= HAPPENING_SPAN_DAYS).map((d) => ({ start: d.start, end: d.end, day: d.date.start }));
  const known = KNOWN_EVENTS.filter((k) => isKnownOn(k, conflict, published)).flatMap((k) => {
    const m = k.names.exec(text);
    return m && PROPER_NAME.test(m[0]) ? [{ start: s.start + m.index, end: s.start + m.index + m[0].length, day: k.day }] : [];
  });
  return [...fromDates, ...known];
}

/**
 * Rule "after the named happening": an act that took place, told with no date words of its own, whose sentence names
 * an earlier happening it answers ("Pakistan rejected India's charges over the Pahalgam attack", "Following Operation
 * Sindoor, Islamabad recalled its envoy", "Kyiv denounced Monday's strikes") took place after that happening, any day
 * up to publication. When that day lies before the default window (the week up to publication, the month for
 * background), the window would leave out the days right after it, where a reaction most often falls: the range runs
 * from that day instead (the earliest such day, within AFTER_REACH_DAYS). Seen on u23 and u24: undated statements about
 * a terror attack twelve days before the story, keyed from the attack's day, dated to the week before publication.
 * Not for a plan, an act dated by its own words or its paragraph (only a window of publication basis widens), the act's
 * own words (the known event it is keeps its day, known-event-day.ts), a happening after publication, or one the
 * act is only set before or against (NOT_AFTER_IT). The basis stays "publication": the range is still no stated day,
 * and merging compares it as such.
 */
export function afterTheNamedHappening(body: string, at: Range, dated: TimelineEvent['date'], happenings: NamedHappening[], published: string): TimelineEvent['date'] | null {
  if (dated.basis !== 'publication') return null;
  const days = happenings
    .filter((h) => !overlaps(h, at) && h.day < dated.start && h.day <= published && daysBetween(h.day, published) <= AFTER_REACH_DAYS)
    .filter((h) => !NOT_AFTER_IT.test(body.slice(Math.max(0, h.start - LEAD_REACH), h.start)))
    .map((h) => h.day)
    .sort();
  const [first] = days;
  return first ? { ...dated, start: first, precision: 'approximate' } : null;
}
