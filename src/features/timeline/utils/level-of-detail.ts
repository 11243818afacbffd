import { formatDayShort } from '../../../shared/lib/format-date';
import type { Placement, TimelineItem } from './to-timeline-items';
import { toTimelineItem } from './to-timeline-items';

const DAY = 86_400_000;
/** Above this many events in view, vis-timeline's per-item DOM and stacking cost outweighs what a reader can see. */
export const MAX_INDIVIDUAL_ITEMS = 300;
const BUCKETS_ACROSS = 48;
const BUCKET_SIZES = [DAY, 7 * DAY, 30 * DAY, 91 * DAY, 365 * DAY, 5 * 365 * DAY];

/** Placements sorted by start, with the longest span, so a window query is two binary searches. */
export interface PlacementIndex {
  sorted: Placement[];
  maxSpan: number;
  withLanes: boolean;
}

export function indexPlacements(placements: Placement[], withLanes: boolean): PlacementIndex {
  const sorted = placements.slice().sort((a, b) => a.startMs - b.startMs);
  let maxSpan = 0;
  for (const p of sorted) maxSpan = Math.max(maxSpan, p.endMs - p.startMs);
  return { sorted, maxSpan, withLanes };
}

function lowerBound(sorted: Placement[], t: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid]?.startMs ?? Infinity) < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export interface DetailLevel {
  items: TimelineItem[];
  clustered: boolean;
  /** The slice of the index the items come from. */
  lo: number;
  hi: number;
  /** Identifies the item set, so an unchanged set is not handed to vis-timeline again. */
  key: string;
}

/**
 * Individual items when few events are in and around the window; otherwise one density item per lane and
 * time bucket. Either way vis-timeline only ever holds a few hundred items.
 */
export function itemsForWindow(index: PlacementIndex, from: number, to: number): DetailLevel {
  const width = Math.max(to - from, DAY);
  const lo = lowerBound(index.sorted, from - width / 2 - index.maxSpan);
  const hi = lowerBound(index.sorted, to + width / 2);
  const inView: Placement[] = [];
  for (let i = lo; i < hi; i++) {
    const p = index.sorted[i];
    if (p && p.endMs > from - width / 2) inView.push(p);
  }
  if (inView.length <= MAX_INDIVIDUAL_ITEMS) {
    return {
      items: inView.map((p) => toTimelineItem(p, index.withLanes)),
      clustered: false,
      lo,
      hi,
      key: `i:${lo}:${hi}:${inView.length}`,
    };
  }
  const size = BUCKET_SIZES.find((s) => s >= width / BUCKETS_ACROSS) ?? BUCKET_SIZES[BUCKET_SIZES.length - 1] ?? DAY;
  const buckets = new Map<string, { lane: string; start: number; count: number }>();
  for (const p of inView) {
    const start = Math.floor(p.startMs / size) * size;
    const k = `${p.lane}|${start}`;
    const b = buckets.get(k);
    if (b) b.count++;
    else buckets.set(k, { lane: p.lane, start, count: 1 });
  }
  // Buckets are whole multiples of their size since the epoch, so their edges are UTC days.
  const fmt = (ms: number) => formatDayShort(new Date(ms).toISOString().slice(0, 10));
  const items = [...buckets.values()].map((b): TimelineItem => {
    const end = b.start + size;
    const item: TimelineItem = {
      id: `cluster:${b.lane}:${b.start}:${size}`,
      start: new Date(b.start),
      end: new Date(end),
      type: 'range',
      content: '',
      className: 'tl-cluster',
      // Darker for denser buckets, so the overview reads as a density strip.
      style: `background-color:rgba(30,64,175,${Math.min(0.85, 0.15 + Math.log10(b.count) / 3).toFixed(2)});color:#fff`,
      view: {
        kind: 'cluster',
        count: b.count,
        accessibleName: `${b.count} events from ${fmt(b.start)} to ${fmt(end - DAY)}; press Enter to zoom in`,
      },
    };
    if (index.withLanes) item.group = b.lane;
    return item;
  });
  return { items, clustered: true, lo, hi, key: `c:${size}:${lo}:${hi}` };
}

/** The full span of the events, padded a little so the first and last are not cut at the edge. */
export function fullRange(index: PlacementIndex): { start: Date; end: Date } | null {
  const first = index.sorted[0];
  if (!first) return null;
  let end = first.endMs;
  for (const p of index.sorted) end = Math.max(end, p.endMs);
  // Box labels are centred on their day and run wider than a day: the room on the right keeps the last labels
  // from being cut off at the edge when the whole range is shown.
  const span = end - first.startMs;
  return { start: new Date(first.startMs - Math.max(span * 0.05, DAY)), end: new Date(end + Math.max(span * 0.15, 2 * DAY)) };
}
