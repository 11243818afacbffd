import { formatDayShort } from '../../../shared/lib/format-date';
import type { TimelineEvent } from '../../../shared/schema';

/** An event's date is exact only when it is known to the day; everything else is drawn as a range. */
export function isExactDate(ev: TimelineEvent): boolean {
  return ev.date.precision === 'day' && ev.date.start === ev.date.end;
}

/** "8 May 2025", or "date uncertain (approximate), between 5 May 2025 and 11 May 2025". */
export function describeEventDate(ev: TimelineEvent): string {
  if (isExactDate(ev)) return formatDayShort(ev.date.start);
  const span = ev.date.start === ev.date.end ? `around ${formatDayShort(ev.date.start)}` : `between ${formatDayShort(ev.date.start)} and ${formatDayShort(ev.date.end)}`;
  return `date uncertain (${ev.date.precision}), ${span}`;
}
