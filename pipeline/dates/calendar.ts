/** Calendar arithmetic on YYYY-MM-DD strings, in UTC so no time zone can shift a day. */

function utc(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

export function toIso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** Merging compares the same few hundred days over and over: each shift is worked out once (within a bound on memory). */
const shifted = new Map<string, string>();
const SHIFTS_KEPT = 100_000;

export function addDays(iso: string, days: number): string {
  const key = `${iso}|${days}`;
  const known = shifted.get(key);
  if (known !== undefined) return known;
  const d = utc(iso);
  d.setUTCDate(d.getUTCDate() + days);
  const out = toIso(d);
  if (shifted.size >= SHIFTS_KEPT) shifted.clear();
  shifted.set(key, out);
  return out;
}

export function weekdayOf(iso: string): number {
  return utc(iso).getUTCDay();
}

/** The most recent given weekday on or before the anchor date (a bare weekday in news means the past one). */
export function lastWeekdayOnOrBefore(anchor: string, weekday: number): string {
  return addDays(anchor, -((weekdayOf(anchor) - weekday + 7) % 7));
}

/** The first given weekday strictly after the anchor date ("will meet on Monday"). */
export function nextWeekdayAfter(anchor: string, weekday: number): string {
  return addDays(anchor, ((weekday - weekdayOf(anchor) + 6) % 7) + 1);
}

/** Monday of the (ISO) week holding the date. */
export function startOfWeek(iso: string): string {
  return addDays(iso, -((weekdayOf(iso) + 6) % 7));
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** First and last day of a month; month is 1-12 and may be out of range (13 = January next year). */
export function monthRange(year: number, month: number): { start: string; end: string } {
  const first = new Date(Date.UTC(year, month - 1, 1));
  const y = first.getUTCFullYear();
  const m = first.getUTCMonth() + 1;
  return { start: toIso(first), end: toIso(new Date(Date.UTC(y, m - 1, daysInMonth(y, m)))) };
}

export function yearMonth(iso: string): { year: number; month: number; day: number } {
  return { year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) };
}

/** A real calendar date in years 1000-9999, or null ("February 30" is not). */
export function isoOf(year: number, month: number, day: number): string | null {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${String(year)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Days `from` to `to` of a month ("early May": 1 to 10, "late May": 21 to 31, cut to the month's last day), each end
 * falling back to the whole month's where the year or month is out of range.
 */
export function partOfMonth(year: number, month: number, from: number, to: number): { start: string; end: string } {
  const whole = monthRange(year, month);
  return { start: isoOf(year, month, from) ?? whole.start, end: isoOf(year, month, Math.min(to, daysInMonth(year, month))) ?? whole.end };
}

export function daysBetween(a: string, b: string): number {
  return Math.round((utc(b).getTime() - utc(a).getTime()) / 86_400_000);
}

export function minIso(a: string, b: string): string {
  return a < b ? a : b;
}

export function maxIso(a: string, b: string): string {
  return a > b ? a : b;
}
