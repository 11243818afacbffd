import type { ConflictId } from '../../../shared/schema/conflicts';
import { bucketsBetween, type Bucket, type ConflictSeries } from './daily-sums';

const DAY_MS = 86_400_000;
/** Under this many pixels a day, days would blur into each other: the line sums weeks instead. */
export const MIN_PX_PER_DAY = 4;

/** The instant a day number's calendar day starts on the reader's clock, as the timeline draws its days. */
export function localMidnight(day: number): number {
  const u = new Date(day * DAY_MS);
  return new Date(u.getUTCFullYear(), u.getUTCMonth(), u.getUTCDate()).getTime();
}

/** The day number of the local calendar day an instant falls on. */
export function localDay(ms: number): number {
  const d = new Date(ms);
  return Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / DAY_MS;
}

export interface LinePath {
  conflict: ConflictId;
  /** SVG path data, in pixels. */
  d: string;
  /** The buckets with events, with their centre in pixels, for dots and hovering. */
  points: { x: number; y: number; bucket: Bucket }[];
}

export interface LineGeometry {
  weekly: boolean;
  /** Largest absolute sum in view (at least 1): the top is +yMax, the bottom -yMax. */
  yMax: number;
  paths: LinePath[];
  /** Pixel x of the middle of a day (or week) bucket, and the bucket under a pixel. */
  xOf: (day: number) => number;
  dayAt: (x: number) => number;
  step: number;
}

/**
 * Lays the series out in a window of `width` x `height` pixels. Only the buckets in the window (and one step either
 * side, so the line leaves the edges at the right slope) are touched: the cost follows what is shown, not the data.
 */
export function layoutLine(series: readonly ConflictSeries[], startMs: number, endMs: number, width: number, height: number): LineGeometry {
  const span = Math.max(1, endMs - startMs);
  const weekly = (width * DAY_MS) / span < MIN_PX_PER_DAY;
  const step = weekly ? 7 : 1;
  const fromDay = localDay(startMs) - step;
  const toDay = localDay(endMs) + step;
  const xOf = (day: number) => ((localMidnight(day) + (step * DAY_MS) / 2 - startMs) / span) * width;
  const dayAt = (x: number) => localDay(startMs + (x / width) * span);
  const visible = series.map((s) => ({ conflict: s.conflict, buckets: bucketsBetween(weekly ? s.weekly : s.daily, fromDay - 7, toDay) }));
  let yMax = 1;
  for (const v of visible) for (const b of v.buckets) yMax = Math.max(yMax, Math.abs(b.sum));
  const mid = height / 2;
  const yOf = (sum: number) => mid - (sum / yMax) * (mid - 4);
  const paths = visible.map(({ conflict, buckets }) => {
    const parts: string[] = [`M0,${mid}`];
    const points: LinePath['points'] = [];
    let previous = -Infinity;
    for (const bucket of buckets) {
      // Days without events sum to zero: the line comes back to the axis between buckets that are not neighbours.
      if (bucket.day - previous > step) {
        if (previous > -Infinity) parts.push(`L${xOf(previous + step).toFixed(1)},${mid}`);
        parts.push(`L${xOf(bucket.day - step).toFixed(1)},${mid}`);
      }
      const x = xOf(bucket.day);
      const y = yOf(bucket.sum);
      parts.push(`L${x.toFixed(1)},${y.toFixed(1)}`);
      points.push({ x, y, bucket });
      previous = bucket.day;
    }
    if (previous > -Infinity) parts.push(`L${xOf(previous + step).toFixed(1)},${mid}`);
    parts.push(`L${width},${mid}`);
    return { conflict, d: parts.join(''), points };
  });
  return { weekly, yMax, paths, xOf, dayAt, step };
}
