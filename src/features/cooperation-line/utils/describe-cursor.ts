import { CONFLICTS } from '../../../shared/schema/conflicts';
import { formatDay } from '../../../shared/lib/format-date';
import { eventsBetween, isoDay, type ConflictSeries } from './daily-sums';
import type { LinePath } from './line-geometry';

const MAX_NAMED = 4;
export const signed = (v: number) => `${v > 0 ? '+' : v < 0 ? '−' : ''}${Math.abs(v).toFixed(1)}`;

/** What the day (or week) under the pointer or the keyboard cursor holds: each conflict's sum and its events. */
export function describeCursor(cursor: number | null, weekly: boolean, paths: readonly LinePath[], series: readonly ConflictSeries[]): string {
  if (cursor === null) return 'Point at the line, or focus it and use the arrow keys, to see a day’s events.';
  const when = `${weekly ? 'Week of ' : ''}${formatDay(isoDay(cursor))}`;
  const parts = paths.flatMap((p) => {
    const b = p.points.find((q) => q.bucket.day === cursor)?.bucket;
    const s = series.find((x) => x.conflict === p.conflict);
    if (!b || !s) return [];
    const titles = [...new Set(eventsBetween(s, cursor, cursor + (weekly ? 6 : 0)).map((e) => e.title))];
    const named = titles.slice(0, MAX_NAMED).join('; ') + (titles.length > MAX_NAMED ? `; and ${titles.length - MAX_NAMED} more` : '');
    return [`${CONFLICTS[p.conflict].label} ${signed(b.sum)} (${named})`];
  });
  return `${when}: ${parts.length ? parts.join(' · ') : 'no reported events'}`;
}
