import { describe, expect, it } from 'vitest';
import { EDGE_PX, fitWindow, revealWindow, type Extent } from './fit-window';

const DAY = 86_400_000;
const T0 = Date.UTC(2025, 4, 1);
const day = (n: number, labelPx = 200): Extent => ({ startMs: T0 + n * DAY, endMs: T0 + (n + 1) * DAY, labelPx });
const px = (w: { start: Date; end: Date }, widthPx: number, t: number) => ((t - w.start.getTime()) / (w.end.getTime() - w.start.getTime())) * widthPx;

describe('fitWindow', () => {
  it('ends the last label inside the right edge, and starts the first item inside the left edge', () => {
    const items = [day(0), day(10, 300), day(20, 120)];
    const w = fitWindow(items, 800);
    if (!w) throw new Error('expected a window');
    for (const i of items) {
      expect(px(w, 800, i.startMs)).toBeGreaterThanOrEqual(EDGE_PX - 0.001);
      expect(px(w, 800, i.startMs) + i.labelPx).toBeLessThanOrEqual(800 - EDGE_PX + 0.001);
      expect(px(w, 800, i.endMs)).toBeLessThanOrEqual(800 - EDGE_PX + 0.001);
    }
  });
  it('gives nothing to fit when there are no items', () => {
    expect(fitWindow([], 800)).toBeNull();
  });
});

describe('revealWindow', () => {
  const current = { start: new Date(T0), end: new Date(T0 + 10 * DAY) };
  it('leaves a window that already shows the item and its label', () => {
    expect(revealWindow(day(2, 100), current, 1000)).toBeNull();
  });
  it('pans, at the same zoom, so a label cut at the right edge is whole', () => {
    const w = revealWindow(day(8, 300), current, 1000);
    if (!w) throw new Error('expected a move');
    expect(w.end.getTime() - w.start.getTime()).toBe(10 * DAY);
    expect(px(w, 1000, T0 + 8 * DAY) + 300).toBeLessThanOrEqual(1000 - EDGE_PX + 0.001);
  });
  it('pans left to an item before the window', () => {
    const w = revealWindow(day(-5), current, 1000);
    if (!w) throw new Error('expected a move');
    expect(px(w, 1000, T0 - 5 * DAY)).toBeCloseTo(EDGE_PX);
  });
  it('zooms out only when the item is wider than the view', () => {
    const wide = { startMs: T0, endMs: T0 + 30 * DAY, labelPx: 50 };
    const w = revealWindow(wide, current, 1000);
    if (!w) throw new Error('expected a move');
    expect(px(w, 1000, wide.startMs)).toBeCloseTo(EDGE_PX);
    expect(px(w, 1000, wide.endMs)).toBeCloseTo(1000 - EDGE_PX);
  });
});
