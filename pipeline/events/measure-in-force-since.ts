import type { EventType } from '../../src/shared/schema';
import { monthRange, yearMonth } from '../dates/calendar';
import { MONTH_WRITTEN_OUT } from '../lexicon/calendar-words';
import type { DateMention, Range } from '../types';
import { STATE_MEASURES } from './event-cues';

/**
 * Rule "a measure in force since": "New Delhi has held the treaty in abeyance since May", "Pakistan has kept its
 * airspace closed to Indian airlines since April 24": a state's measure told in the perfect with "since" and a date
 * after it was taken on that date, and has stood since. The act on a timeline is the taking, so its date is the one
 * the "since" phrase names (its month, or its day), not the span from it to the report (which suits fighting that went
 * on: rule "since-the-anchor"), nor the weeks before publication. Only the state measures (lexicon of STATE_MEASURES),
 * a "since" right after the verb's complements, and a phrase that names a month or a day.
 */
const SINCE_AFTER_MEASURE = /^[^,;:.!?"“”]*?$/;
/** "since" as the last word before a date whose own words leave it out ("since | April 24"). */
const SINCE_BEFORE = /\bsince\s+$/i;
/** "since May", "since early April", "April 24" or "24 April" (after "since"), "since May 2024". */
const SINCE_MONTH_OR_DAY = new RegExp(String.raw`^(?:since\s+)?(?:(?:early|late|mid)[\s-]+)?(?:(?<day1>\d{1,2})\s+)?${MONTH_WRITTEN_OUT}\.?(?:\s+(?<day2>\d{1,2})(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?$`, 'iu');

export function measureInForceSince(body: string, clause: Range, at: Range, type: EventType, dates: DateMention[], published: string): DateMention | null {
  if (!STATE_MEASURES.has(type)) return null;
  const opensWithSince = (d: DateMention) => /^since\b/i.test(d.text) || SINCE_BEFORE.test(body.slice(at.end, d.start));
  const since = dates.find((d) => d.start >= at.end && d.end <= clause.end && SINCE_AFTER_MEASURE.test(body.slice(at.end, d.start)) && opensWithSince(d) && SINCE_MONTH_OR_DAY.test(d.text));
  if (!since || since.date.start > published) return null;
  const m = SINCE_MONTH_OR_DAY.exec(since.text);
  if (m?.groups?.day1 ?? m?.groups?.day2) return { ...since, date: { start: since.date.start, end: since.date.start, precision: 'day', basis: since.date.basis } };
  const { year, month } = yearMonth(since.date.start);
  return { ...since, date: { ...monthRange(year, month), precision: 'month', basis: since.date.basis } };
}
