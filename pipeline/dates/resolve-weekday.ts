import type { DateMention, Range } from '../types';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The most recent given weekday on or before the anchor date (a bare weekday in news means the past one). */
export function lastWeekdayOnOrBefore(anchor: string, weekday: number): string {
  const d = new Date(`${anchor}T00:00:00Z`);
  return addDays(anchor, -((d.getUTCDay() - weekday + 7) % 7));
}

/** Finds "on Thursday" style mentions in a range of the body and resolves them against publication. */
export function findWeekdayDates(body: string, range: Range, published: string): DateMention[] {
  const text = body.slice(range.start, range.end);
  const out: DateMention[] = [];
  for (const m of text.matchAll(/\b(?:on\s+)?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/gi)) {
    const day = WEEKDAYS.indexOf((m[1] ?? '').toLowerCase());
    const iso = lastWeekdayOnOrBefore(published, day);
    out.push({
      start: range.start + m.index,
      end: range.start + m.index + m[0].length,
      text: m[0],
      date: { start: iso, end: iso, precision: 'day', basis: 'weekday-relative' },
    });
  }
  return out;
}
