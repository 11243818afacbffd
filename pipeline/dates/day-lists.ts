import type { DateMention } from '../types';
import { addDays, isoOf, yearMonth } from './calendar';
import { MONTH } from './date-phrase';
import type { FoundDate } from './explicit-dates';

/**
 * A list of days of one month written once: "on May 10, 12, and 14" (month first) or "on 10, 12 and 14 May" (month
 * last). The month's own day is read by the explicit-date rules; these rules read the bare numbers of the list as days
 * of that month and year. A list ends with "and" and its last number; the numbers rise, as a list of days does.
 */
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
/** What may follow the last day of a list: punctuation, the end, or a word that is no noun counted by it. */
const LIST_END = String.raw`(?=\s*(?:[,.;:)]|$)|\s+(?:and|at|in|to|respectively|when|but|as|after|before)\b)`;
/** Right after a month-first day: ", 12, and 14". Group 1: the whole list after the day. */
const AFTER_MONTH_FIRST = new RegExp(String.raw`^((?:\s*,\s*\d{1,2}(?:st|nd|rd|th)?)*\s*,?\s+and\s+\d{1,2}(?:st|nd|rd|th)?)${LIST_END}`);
/** Right before a month-last day: "10, 12 and ". */
const BEFORE_MONTH_LAST = new RegExp(String.raw`(?:^|[^\d,\s]\s*)((?:\d{1,2}(?:st|nd|rd|th)?\s*,\s*)*\d{1,2}(?:st|nd|rd|th)?\s*,?\s+and\s+)$`);
const MONTH_FIRST_DAY = new RegExp(String.raw`^${MONTH}\.?\s+\d{1,2}(?:st|nd|rd|th)?$`);
const MONTH_LAST_DAY = new RegExp(String.raw`^\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}`);
const NUMBER = new RegExp(DAY, 'g');
const RANGE_OPENER = /\b(?:between|from)\s+(?:on\s+)?(?:[\d,\s]|and)*$/i;

/** The other days of a list a day of the month belongs to, as dates of their own (offsets into `text`). */
export function findListedDays(text: string, found: FoundDate[]): FoundDate[] {
  const out: FoundDate[] = [];
  for (const d of found) {
    if (d.date.precision !== 'day' || d.date.start !== d.date.end) continue;
    const words = text.slice(d.index, d.index + d.length);
    // "between May 10 and 12", "from 10 to 12 May": a range, read as one by the explicit-date rules.
    if (RANGE_OPENER.test(text.slice(0, d.index))) continue;
    const { year, month, day } = yearMonth(d.date.start);
    const days: { index: number; length: number; day: number }[] = [];
    if (MONTH_FIRST_DAY.test(words)) {
      const list = AFTER_MONTH_FIRST.exec(text.slice(d.index + d.length))?.[1];
      if (!list) continue;
      for (const m of list.matchAll(NUMBER)) days.push({ index: d.index + d.length + m.index, length: m[0].length, day: Number(m[1]) });
      if (!rising([day, ...days.map((x) => x.day)])) continue;
    } else if (MONTH_LAST_DAY.test(words)) {
      const before = text.slice(0, d.index);
      const list = BEFORE_MONTH_LAST.exec(before)?.[1];
      if (!list) continue;
      const from = d.index - list.length;
      for (const m of list.matchAll(NUMBER)) days.push({ index: from + m.index, length: m[0].length, day: Number(m[1]) });
      if (!rising([...days.map((x) => x.day), day])) continue;
    } else continue;
    for (const x of days) {
      const iso = isoOf(year, month, x.day);
      if (iso) out.push({ index: x.index, length: x.length, date: { start: iso, end: iso, precision: 'day', basis: 'explicit' } });
    }
  }
  return out;
}

const rising = (days: number[]) => days.every((x, i) => i === 0 || x > (days[i - 1] ?? 0));

/** Between two days of one list: a comma, "and", or both; "and again" tells the act once more (rule "again-on-a-day"). */
const LIST_GAP = /^\s*(?:,\s*(?:and\s+)?|and\s+)(?:again\s+)?(?:on\s+)?$/i;
const AGAIN = /\bagain\b/i;

/**
 * The days listed with `d` ("on May 10, 12, and 14", "on Monday and Wednesday"), in order, `d` among them; `d` alone
 * when it is in no list. Only single days count: "from May 6 to May 9" is one range, not a list.
 */
export function dayListOf(body: string, dates: DateMention[], d: DateMention): DateMention[] {
  const single = (x: DateMention) => x.date.start === x.date.end && x.date.precision === 'day';
  if (!single(d)) return [d];
  const sorted = dates.filter(single).sort((a, b) => a.start - b.start);
  const at = sorted.indexOf(d);
  if (at < 0) return [d];
  let first = at;
  let last = at;
  while (first > 0 && LIST_GAP.test(body.slice(sorted[first - 1]?.end ?? 0, sorted[first]?.start ?? 0))) first--;
  while (last < sorted.length - 1 && LIST_GAP.test(body.slice(sorted[last]?.end ?? 0, sorted[last + 1]?.start ?? 0))) last++;
  const list = sorted.slice(first, last + 1);
  // A list ends with "and" before its last day: "May 10, May 12" is a date and its restatement, no list.
  const closing = body.slice(list.at(-2)?.end ?? 0, list.at(-1)?.start ?? 0);
  return list.length > 1 && /\band\b/i.test(closing) ? list : [d];
}

/**
 * The days an act told with a list of days happened on: one date per day, except days that follow each other
 * ("on Tuesday and Wednesday"), which are more likely one act over both days than two acts: those are one range.
 */
export function listedDates(body: string, list: DateMention[]): DateMention[] {
  if (list.length < 2) return list;
  const consecutive = list.every((x, i) => i === 0 || addDays(list[i - 1]?.date.start ?? '', 1) === x.date.start);
  const first = list[0];
  const last = list.at(-1);
  // Rule "again-on-a-day": "shelled Sumy on Saturday and again on Sunday" tells two acts, though their days follow each other.
  const again = list.some((x, i) => i > 0 && AGAIN.test(body.slice(list[i - 1]?.end ?? 0, x.start)));
  if (!consecutive || again || !first || !last) return list;
  return [{ start: first.start, end: last.end, text: body.slice(first.start, last.end), date: { ...first.date, end: last.date.end } }];
}
