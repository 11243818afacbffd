import * as chrono from 'chrono-node';
import { monthIndex } from '../lexicon/calendar-words';
import { addDays, daysBetween, isoOf, yearMonth } from './calendar';
import { MONTH, type MentionDate } from './date-phrase';
import { findListedDays } from './day-lists';

export interface FoundDate {
  index: number;
  length: number;
  date: MentionDate;
}

const DAY_AND_MONTH = new RegExp(String.raw`\b(?:(\d{1,2})(?:st|nd|rd|th)? (?:of )?${MONTH}(?:,? (\d{4}))?|${MONTH} (\d{1,2})(?:st|nd|rd|th)?(?:,? (\d{4}))?)\b(?![:.]?\d)`, 'gi');

/** A near-future date ("the May 12 talks" in a May 9 story) is read forward even without a future verb. */
const NEAR_FUTURE_DAYS = 31;

/**
 * The year of a day named without one ("April 22"): the publication year, or the year before for a day after
 * publication that is neither in future tense nor near (a May story's "December 20 summit" was last December).
 * Never the year after: a year the text does not state is one the article could have lived through.
 */
function withYear(month: number, day: number, published: string, future: boolean): string | null {
  const { year } = yearMonth(published);
  const thisYear = isoOf(year, month, day);
  if (thisYear === null) return isoOf(year - 1, month, day);
  if (thisYear <= published || future || daysBetween(published, thisYear) <= NEAR_FUTURE_DAYS) return thisYear;
  return isoOf(year - 1, month, day) ?? thisYear;
}

/** A time before the date ("5.30 pm on May 10", "at 10.17 on May 12") is not part of it. */
const LEADING_TIME = /^(?:(?:at|around|about)\s+)*(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?|hours|hrs)?|\d{1,2}\s*(?:[ap]\.?m\.?|hours|hrs))\s+(?:on\s+)?/i;

/**
 * An explicit day names its month, in words or in figures ("May 7", "7/5", "2025-05-07"). chrono also counts a
 * duration forward into a certain day ("within 50 days", "in 3 days"): that is a length of time, not a date.
 */
const NAMES_A_MONTH = new RegExp(String.raw`\b${MONTH}\b|\d{1,4}[-/.]\d{1,2}`, 'i');

/** "end of May 10", "the start of May 8": chrono's reading of a part of a month, before a day of it. */
const PART_OF_MONTH = /^(?:the\s+)?(?:end|start|beginning|middle)\s+of\b/i;

/** A year is read only when written with four digits: in "May 10, 12" the 12 is another day, not 2012. */
const WRITTEN_YEAR = /\b\d{4}\b/;

function componentDate(c: chrono.ParsedComponents, published: string, future: boolean, words: string): string | null {
  const month = c.get('month');
  const day = c.get('day');
  if (month === null || day === null) return null;
  const year = c.isCertain('year') && WRITTEN_YEAR.test(words) ? c.get('year') : null;
  return year === null ? withYear(month, day, published, future) : isoOf(year, month, day);
}

/**
 * Explicit calendar days chrono recognises: "April 22", "on 7 May", "22 April 2025", "May 7-10", "the 9th of May",
 * "Friday, May 9", "2025-05-09". Only results that name a day and a month count; weekdays, relative phrases and
 * times are read by the phrase rules, which know about tense and ranges.
 */
export function findExplicitDates(text: string, published: string, futureAt: (start: number, end: number) => boolean): FoundDate[] {
  const ref = { instant: new Date(`${published}T12:00:00Z`), timezone: 'UTC' };
  const out: FoundDate[] = [...monthFirstRanges(text, published, futureAt), ...dayFirstRanges(text, published, futureAt)];
  const taken = (index: number, length: number) => out.some((d) => index < d.index + d.length && d.index < index + length);
  for (const r of chrono.en.casual.parse(text, ref)) {
    if (taken(r.index, r.text.length)) continue;
    // An explicit day is written with a number; "now", "tomorrow" or "three days later" are certain to chrono but relative.
    if (!r.start.isCertain('day') || !r.start.isCertain('month') || !/\d/.test(r.text) || !NAMES_A_MONTH.test(r.text)) continue;
    // "through the end of May 10": chrono reads "end of May" as the month's last day and the day as a year; the day
    // and month written out are read below (DAY_AND_MONTH).
    if (PART_OF_MONTH.test(r.text)) continue;
    // The evidence is the date; a time chrono read with it ("May 12 at 12") is cut off.
    // A time chrono read before the date ("5.30 pm on May 10") is cut off too.
    const lead = LEADING_TIME.exec(r.text)?.[0].length ?? 0;
    const index = r.index + lead;
    const stated = r.text.slice(lead).replace(/,?\s+(?:at|around|about|by|from)\s+\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?|hours|hrs|noon)?$/i, '').replace(/[\s,.;:]+$/, '');
    // "May 10, 12": the number after the comma is another day of a list, not a year, and not part of this date.
    const words = WRITTEN_YEAR.test(stated) ? stated : stated.replace(/,\s*\d{1,3}$/, '');
    const future = futureAt(index, index + words.length);
    const start = componentDate(r.start, published, future, words);
    if (start === null) continue;
    // The end of "May 30-June 2" is the first such day on or after the start.
    let end = r.end ? (componentDate(r.end, addDays(start, -1), true, words) ?? start) : start;
    if (end < start || daysBetween(start, end) > 366) end = start;
    out.push({ index, length: words.length, date: { start, end, precision: 'day', basis: 'explicit' } });
  }
  // chrono gives up on some phrasings ("on the evening of 12 May"): a day and a month written out still count.
  for (const m of text.matchAll(DAY_AND_MONTH)) {
    const [dayText, monthText, yearText] = m[1] ? [m[1], m[2], m[3]] : [m[5], m[4], m[6]];
    if (!/^\p{Lu}/u.test(monthText ?? '') || taken(m.index, m[0].length)) continue;
    const month = monthIndex(monthText ?? '');
    const day = Number(dayText);
    const future = futureAt(m.index, m.index + m[0].length);
    const iso = yearText ? isoOf(Number(yearText), month, day) : withYear(month, day, published, future);
    if (iso) out.push({ index: m.index, length: m[0].length, date: { start: iso, end: iso, precision: 'day', basis: 'explicit' } });
  }
  // "on May 10, 12, and 14": the bare days of a list are days of the month named once.
  for (const d of findListedDays(text, out)) if (!taken(d.index, d.length)) out.push(d);
  out.sort((a, b) => a.index - b.index);
  return joinRanges(text, out).map((d) => withDawn(text, overNight(text, d, published, futureAt)));
}

/**
 * Rule "dawn-of-the-day": "before dawn on May 11", "at dawn on 11 May" are that day, and the words of the time of day
 * are the date's own (as "before dawn on Sunday" is the weekday's): left out, "before" read as opening a clause of its
 * own put the act's date in another clause.
 */
const DAWN_BEFORE = /\b(?:(?:just|shortly)\s+)?(?:before|at)\s+dawn\s+(?:on\s+)?$/i;

function withDawn(text: string, d: FoundDate): FoundDate {
  const m = DAWN_BEFORE.exec(text.slice(Math.max(0, d.index - 30), d.index));
  return m ? { ...d, index: d.index - m[0].length, length: d.length + m[0].length } : d;
}

/**
 * "May 6-7", "May 30-June 2", "April 28 – May 1, 2025": a month-first range of days, which chrono misreads. Rule
 * "night-of-two-days": after "the night of", "to" and "into" join the two days of one night as a dash does ("the night
 * of May 9 to 10"); elsewhere "May 9 to 10" is left to the span reader, which wants an opener.
 */
const MONTH_FIRST_RANGE = new RegExp(String.raw`\b${MONTH}\.? (\d{1,2})(?:st|nd|rd|th)?(?:\s*[-–]\s*|(?<=\bnight of (?:the )?\S+ \S+) (?:to|into) )(?:${MONTH}\.? )?(\d{1,2})(?:st|nd|rd|th)?(?:,? (\d{4}))?\b(?![:.]?\d)`, 'g');
/** "between May 25 and 30", "between April 28 and May 2": the same, opened by "between" (without it, "May 25 and 30" is two days). */
const MONTH_FIRST_BETWEEN = new RegExp(String.raw`\bbetween ${MONTH}\.? (\d{1,2})(?:st|nd|rd|th)? and (?:${MONTH}\.? )?(\d{1,2})(?:st|nd|rd|th)?(?:,? (\d{4}))?\b(?![:.]?\d)`, 'g');

function monthFirstRanges(text: string, published: string, futureAt: (start: number, end: number) => boolean): FoundDate[] {
  const out: FoundDate[] = [];
  for (const m of [...text.matchAll(MONTH_FIRST_RANGE), ...text.matchAll(MONTH_FIRST_BETWEEN)]) {
    const [, firstMonth, firstDay, lastMonth, lastDay, yearText] = m;
    const month = monthIndex(firstMonth ?? '');
    const endMonth = lastMonth ? monthIndex(lastMonth) : month;
    const future = futureAt(m.index, m.index + m[0].length);
    const start = yearText ? isoOf(Number(yearText), month, Number(firstDay)) : withYear(month, Number(firstDay), published, future);
    if (start === null || endMonth === 0) continue;
    const { year } = yearMonth(start);
    const end = isoOf(endMonth < month ? year + 1 : year, endMonth, Number(lastDay));
    if (end === null || end < start || daysBetween(start, end) > 31) continue;
    out.push({ index: m.index, length: m[0].length, date: { start, end, precision: 'day', basis: 'explicit' } });
  }
  return out;
}

/**
 * "from 7 to 10 May", "between 7 and 10 May": a day-first range of days opened by "from" or "between", which chrono
 * reads as its last day only. (Without "between", "7 and 10 May" is two days, not the days from one to the other.)
 * After "the night of" (rule "night-of-two-days"), "9 to 10 May" and "9-10 May" are the two days of that night.
 */
const DAY_FIRST_RANGE = new RegExp(String.raw`\b(?:from (\d{1,2})(?:st|nd|rd|th)? (?:to|until|till|through)|between (\d{1,2})(?:st|nd|rd|th)? and|(?<=\bnight of (?:the )?)(\d{1,2})(?:st|nd|rd|th)?(?: to| into|\s*[-–]))\s*(\d{1,2})(?:st|nd|rd|th)? (?:of )?${MONTH}(?:,? (\d{4}))?\b(?![:.]?\d)`, 'gi');

function dayFirstRanges(text: string, published: string, futureAt: (start: number, end: number) => boolean): FoundDate[] {
  const out: FoundDate[] = [];
  for (const m of text.matchAll(DAY_FIRST_RANGE)) {
    const [, fromDay, betweenDay, nightDay, lastDay, monthText, yearText] = m;
    const month = monthIndex(monthText ?? '');
    const first = Number(fromDay ?? betweenDay ?? nightDay);
    const future = futureAt(m.index, m.index + m[0].length);
    const end = yearText ? isoOf(Number(yearText), month, Number(lastDay)) : withYear(month, Number(lastDay), published, future);
    if (end === null || month === 0) continue;
    const start = isoOf(yearMonth(end).year, month, first);
    if (start === null || start > end) continue;
    out.push({ index: m.index, length: m[0].length, date: { start, end, precision: 'day', basis: 'explicit' } });
  }
  return out;
}

/**
 * Rule "night-of-either-side": "the night of May 8" is told of the night after that day ("the evening of May 8 into
 * May 9") and, in copy translated from Ukrainian or Russian ("the night to May 8"), of the night before it, which ends
 * on that day. The text does not say which: the honest range holds both nights, from the day before to the day after
 * (never past publication, for a night already told). "The night of May 6-7" names its two days and stays.
 */
const NIGHT_OF = /\bnight of\s+(?:the\s+)?$/i;

function overNight(text: string, d: FoundDate, published: string, futureAt: (start: number, end: number) => boolean): FoundDate {
  if (!NIGHT_OF.test(text.slice(Math.max(0, d.index - 20), d.index)) || d.date.end !== d.date.start) return d;
  const next = addDays(d.date.end, 1);
  const end = next > published && !futureAt(d.index, d.index + d.length) ? (d.date.end > published ? d.date.end : published) : next;
  return { ...d, date: { ...d.date, start: addDays(d.date.start, -1), end } };
}

/**
 * Rule "span-of-days": "between May 7 and May 10", "from April 11 to April 13", "will run from the start of May 8 and
 * last through the end of May 10", "beginning on May 8 and ending on May 10": two explicit days that are one range, its
 * first and last day. Read apart, the first day alone dated what lasts to the second (u15, u16+u17: truces of three
 * days dated their first). What opens the range, before its first day: "between", "from", "beginning" or "starting",
 * with "on" or "the start of". What joins the two: "to", "until", "through", "into" (after a verb of lasting, "and last
 * through"), "and ending on", or "and" after "between".
 */
const SPAN_OPENS = /\b(between|from|beginning|starting)\s+(?:on\s+)?(?:the\s+(?:start|beginning)\s+of\s+)?$/i;
/** How far before its first day the opener of a span may stand: "from the start of " and no more. */
const SPAN_OPENER_REACH = 24;
const SPAN_JOINS = /^\s*(?:(?:and\s+)?(?:(?:will\s+)?(?:last|lasts|lasting|run|runs|running|continue|continues|continuing|go\s+on)\s+)?(?:to|until|till|through|into)|and\s+end(?:s|ing)?|-|–)\s+(?:on\s+)?(?:the\s+end\s+of\s+)?$|^\s*[-–]\s*$/i;
const BETWEEN_JOINS = /^\s*and\s+$/i;

function joinRanges(text: string, dates: FoundDate[]): FoundDate[] {
  const out: FoundDate[] = [];
  for (const d of dates) {
    const prev = out[out.length - 1];
    const gap = prev ? text.slice(prev.index + prev.length, d.index) : '';
    const opener = prev ? SPAN_OPENS.exec(text.slice(Math.max(0, prev.index - SPAN_OPENER_REACH), prev.index))?.[1]?.toLowerCase() : undefined;
    const joined = opener !== undefined && (SPAN_JOINS.test(gap) || (opener === 'between' && BETWEEN_JOINS.test(gap)));
    if (prev && joined && prev.date.start <= d.date.end && daysBetween(prev.date.start, d.date.end) <= 366) {
      prev.length = d.index + d.length - prev.index;
      prev.date = { ...prev.date, end: d.date.end };
    } else out.push({ ...d });
  }
  return out;
}
