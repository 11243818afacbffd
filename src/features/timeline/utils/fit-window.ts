import type { VisibleWindow } from '../types';

/** Room kept between an item (or its label) and the edges of the timeline, in pixels. */
export const EDGE_PX = 16;

export interface Extent {
  startMs: number;
  endMs: number;
  /** Width of the item's label in pixels: it starts at the item's start and may run past its end. */
  labelPx: number;
}

/**
 * The window that shows every item and its whole label. Labels have a fixed width in pixels whatever the zoom,
 * so the scale (ms per pixel) must be coarse enough for the latest-starting label to end before the right edge.
 */
export function fitWindow(items: readonly Extent[], widthPx: number): VisibleWindow | null {
  if (!items.length || widthPx <= 0) return null;
  const usable = Math.max(widthPx - 2 * EDGE_PX, 1);
  const from = Math.min(...items.map((i) => i.startMs));
  const to = Math.max(...items.map((i) => i.endMs));
  let msPerPx = (to - from) / usable;
  for (const i of items) {
    // A label wider than the whole timeline cannot fit at any zoom; the others bound the scale from below.
    if (i.labelPx < usable) msPerPx = Math.max(msPerPx, (i.startMs - from) / (usable - i.labelPx));
  }
  const start = from - EDGE_PX * msPerPx;
  return { start: new Date(start), end: new Date(start + widthPx * msPerPx) };
}

/**
 * The window, closest to the current one, in which an item and its label lie wholly inside the visible area:
 * null when they already do. It pans at the same zoom, and zooms out only when the item is wider than the view.
 */
export function revealWindow(item: Extent, current: VisibleWindow, widthPx: number): VisibleWindow | null {
  if (widthPx <= 0) return null;
  const usable = Math.max(widthPx - 2 * EDGE_PX, 1);
  let msPerPx = (current.end.getTime() - current.start.getTime()) / widthPx;
  const span = item.endMs - item.startMs;
  let start = current.start.getTime();
  if (span / msPerPx > usable) {
    msPerPx = span / usable;
    start = item.startMs - EDGE_PX * msPerPx;
  }
  const right = Math.max(item.endMs, item.startMs + Math.min(item.labelPx, usable) * msPerPx);
  const margin = EDGE_PX * msPerPx;
  if (item.startMs < start + margin) start = item.startMs - margin;
  else if (right > start + widthPx * msPerPx - margin) start = right + margin - widthPx * msPerPx;
  const end = start + widthPx * msPerPx;
  if (start === current.start.getTime() && end === current.end.getTime()) return null;
  return { start: new Date(start), end: new Date(end) };
}
