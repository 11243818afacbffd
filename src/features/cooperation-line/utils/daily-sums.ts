import type { TimelineEvent } from '../../../shared/schema';
import type { ConflictId } from '../../../shared/schema/conflicts';
import { goldsteinWeight } from './goldstein-weights';

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 for a calendar day "YYYY-MM-DD" (a count of days, no time zone involved). */
export function dayNumber(iso: string): number {
  const [y = 1970, m = 1, d = 1] = iso.split('-').map(Number);
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

/** The calendar day of a day number, as YYYY-MM-DD. */
export const isoDay = (n: number): string => new Date(n * DAY_MS).toISOString().slice(0, 10);

/** Day number of the Monday that starts the week holding day n (1970-01-01 was a Thursday). */
export const weekStart = (n: number): number => Math.floor((n + 3) / 7) * 7 - 3;

/** One event's part in one bucket: its full weight, or a share of it when its date spans several days. */
export interface Contribution {
  event: TimelineEvent;
  weight: number;
}

/** A day (or a week, from its Monday) with the sum of the weights that fall on it. */
export interface Bucket {
  day: number;
  sum: number;
  parts: Contribution[];
}

/** Sorted buckets of one conflict, daily and weekly; days without events are absent (their sum is 0). */
export interface ConflictSeries {
  conflict: ConflictId;
  daily: Bucket[];
  weekly: Bucket[];
}

function addTo(map: Map<number, Bucket>, day: number, part: Contribution) {
  let b = map.get(day);
  if (!b) map.set(day, (b = { day, sum: 0, parts: [] }));
  b.sum += part.weight;
  b.parts.push(part);
}

const sorted = (map: Map<number, Bucket>) => [...map.values()].sort((a, b) => a.day - b.day);

/**
 * Sums the Goldstein weights of each conflict's events per day. An event whose date is uncertain (a range of
 * days) spreads its weight evenly over every day it may fall on, so it counts once in total, not once a day.
 */
export function dailySums(events: readonly TimelineEvent[]): ConflictSeries[] {
  const byConflict = new Map<ConflictId, { daily: Map<number, Bucket>; weekly: Map<number, Bucket> }>();
  for (const event of events) {
    let maps = byConflict.get(event.conflict);
    if (!maps) byConflict.set(event.conflict, (maps = { daily: new Map(), weekly: new Map() }));
    const first = dayNumber(event.date.start);
    const last = dayNumber(event.date.end);
    const weight = goldsteinWeight(event.type) / (last - first + 1);
    const weekly = new Map<number, number>();
    for (let d = first; d <= last; d++) {
      addTo(maps.daily, d, { event, weight });
      weekly.set(weekStart(d), (weekly.get(weekStart(d)) ?? 0) + weight);
    }
    // One part per week, so hovering a week names each event once.
    for (const [week, w] of weekly) addTo(maps.weekly, week, { event, weight: w });
  }
  return [...byConflict].map(([conflict, m]) => ({ conflict, daily: sorted(m.daily), weekly: sorted(m.weekly) }));
}

/** Index of the first bucket on or after `day` (binary search). */
export function firstFrom(buckets: readonly Bucket[], day: number): number {
  let lo = 0;
  let hi = buckets.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((buckets[mid]?.day ?? Infinity) < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The buckets whose day lies in [fromDay, toDay]. */
export function bucketsBetween(buckets: readonly Bucket[], fromDay: number, toDay: number): Bucket[] {
  return buckets.slice(firstFrom(buckets, fromDay), firstFrom(buckets, toDay + 1));
}
