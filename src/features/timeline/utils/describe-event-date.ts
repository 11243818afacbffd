import type { TimelineEvent } from '../../../shared/schema';

const FORMAT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const day = (iso: string) => FORMAT.format(new Date(`${iso}T00:00:00Z`));

/** An event's date is exact only when it is known to the day; everything else is drawn as a range. */
export function isExactDate(ev: TimelineEvent): boolean {
  return ev.date.precision === 'day' && ev.date.start === ev.date.end;
}

/** "8 May 2025", or "date uncertain (approximate), between 5 May 2025 and 11 May 2025". */
export function describeEventDate(ev: TimelineEvent): string {
  if (isExactDate(ev)) return day(ev.date.start);
  const span = ev.date.start === ev.date.end ? `around ${day(ev.date.start)}` : `between ${day(ev.date.start)} and ${day(ev.date.end)}`;
  return `date uncertain (${ev.date.precision}), ${span}`;
}
