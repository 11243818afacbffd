import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../../shared/schema';
import { fullRange, indexPlacements, itemsForWindow, MAX_INDIVIDUAL_ITEMS } from './level-of-detail';
import { placementTimes } from './to-timeline-items';

const DAY = 86_400_000;
function event(i: number, start: string, end = start): TimelineEvent {
  return {
    id: `ev-${i}`, conflict: i % 2 ? 'india-pakistan' : 'russia-ukraine', type: 'statement', cameo: '01', channel: 'unknown',
    date: { start, end, precision: start === end ? 'day' : 'week', basis: 'explicit', evidence: null }, status: 'occurred',
    title: `Statement ${i}`, actors: [], countries: ['IN'],
    sources: [{ article: 'a', start: 0, end: 1, excerpt: 'x', speaker: null, isQuote: false }], corroboration: 1, notes: [],
  };
}
const day = (n: number) => new Date(Date.UTC(2025, 3, 1) + n * DAY).toISOString().slice(0, 10);
// 2,000 events over 40 days, one in ten uncertain over twelve days.
const events = Array.from({ length: 2000 }, (_, i) => (i % 10 ? event(i, day(i % 40)) : event(i, day(i % 40), day((i % 40) + 12))));
const index = indexPlacements(events.map((ev) => ({ ev, lane: '__none__', ...placementTimes(ev) })), true);

describe('itemsForWindow', () => {
  it('groups a crowded overview into counted buckets that account for every event', () => {
    const all = fullRange(index);
    if (!all) throw new Error('no range');
    const level = itemsForWindow(index, all.start.getTime(), all.end.getTime());
    expect(level.clustered).toBe(true);
    expect(level.items.length).toBeLessThanOrEqual(MAX_INDIVIDUAL_ITEMS);
    const counted = level.items.reduce((n, i) => n + (i.view.kind === 'cluster' ? i.view.count : 0), 0);
    expect(counted).toBe(events.length);
  });

  it('draws each event when zoomed in, including uncertain ranges that reach into the window', () => {
    const from = Date.parse(`${day(20)}T00:00:00Z`);
    const level = itemsForWindow(index, from, from + DAY);
    expect(level.clustered).toBe(false);
    const ids = new Set(level.items.map((i) => (i.view.kind === 'event' ? i.view.eventId : '')));
    const from2 = from - DAY / 2;
    const to2 = from + DAY + DAY / 2;
    const expected = events.filter((ev) => {
      const t = placementTimes(ev);
      return t.startMs < to2 && t.endMs > from2;
    });
    expect(ids).toEqual(new Set(expected.map((e) => e.id)));
    expect(expected.some((e) => e.date.start !== e.date.end && e.date.start < day(20))).toBe(true);
  });
});
