import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../../shared/schema';
import type { EventType } from '../../../shared/schema/event-types';
import { bucketsBetween, dailySums, dayNumber, eventsBetween, isoDay, weekStart } from './daily-sums';

function event(id: string, type: EventType, start: string, end = start, conflict: TimelineEvent['conflict'] = 'india-pakistan'): TimelineEvent {
  return {
    id, conflict, type, cameo: '01', channel: 'unknown', status: 'occurred', title: id, actors: [], countries: [], corroboration: 1, notes: [],
    date: { start, end, precision: start === end ? 'day' : 'week', basis: 'explicit', evidence: null },
    sources: [{ article: 'a', start: 0, end: 1, excerpt: 'x', speaker: null, isQuote: false }],
  };
}

const sumsOf = (events: TimelineEvent[], conflict = 'india-pakistan') =>
  Object.fromEntries((dailySums(events).find((s) => s.conflict === conflict)?.daily ?? []).map((b) => [isoDay(b.day), Math.round(b.sum * 1000) / 1000]));

describe('daily sums', () => {
  it('counts days as the calendar does, leap days and centuries included', () => {
    for (const iso of ['1970-01-01', '1999-12-31', '2000-02-29', '2000-03-01', '2024-02-29', '2025-04-22', '2100-03-01', '1969-12-31'])
      expect(dayNumber(iso), iso).toBe(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
  });

  it('keeps a day whose events weigh nothing, such as statements, as a day with events', () => {
    const [series] = dailySums([event('s', 'statement', '2025-04-24')]);
    expect(series?.daily).toEqual([{ day: dayNumber('2025-04-24'), sum: 0, events: 1 }]);
  });

  it('adds the weights of the events of one day', () => {
    // An attack (-9) and a phone call (+1) on one day, a meeting (+2.5) the next.
    const s = sumsOf([event('a', 'terrorist_attack', '2025-04-22'), event('b', 'phone_call', '2025-04-22'), event('c', 'meeting', '2025-04-23')]);
    expect(s).toEqual({ '2025-04-22': -8, '2025-04-23': 2.5 });
  });

  it('spreads an uncertain date evenly over its range, so the event counts once in all', () => {
    // A negotiation (+7) some day in a week of 7 days gives 1 a day; an exact threat (-6) sits on its own day.
    const s = sumsOf([event('n', 'negotiation', '2025-05-05', '2025-05-11'), event('t', 'threat', '2025-05-07')]);
    expect(Object.keys(s)).toHaveLength(7);
    expect(s['2025-05-05']).toBe(1);
    expect(s['2025-05-07']).toBe(-5);
    expect(Object.values(s).reduce((a, b) => a + b, 0)).toBeCloseTo(1);
  });

  it('keeps each conflict apart and crosses month ends', () => {
    const series = dailySums([event('x', 'military_action', '2025-02-28', '2025-03-01', 'russia-ukraine'), event('y', 'appeal', '2025-03-01')]);
    expect(series.map((s) => s.conflict).sort()).toEqual(['india-pakistan', 'russia-ukraine']);
    expect(sumsOf([event('x', 'military_action', '2025-02-28', '2025-03-01', 'russia-ukraine')], 'russia-ukraine')).toEqual({ '2025-02-28': -5, '2025-03-01': -5 });
  });

  it('sums weeks from Monday, naming each event once', () => {
    // 2025-05-05 is a Monday; the range runs into the next week (Sunday 11th, Monday 12th).
    expect(isoDay(weekStart(dayNumber('2025-05-11')))).toBe('2025-05-05');
    expect(isoDay(weekStart(dayNumber('2025-05-12')))).toBe('2025-05-12');
    const [series] = dailySums([event('n', 'negotiation', '2025-05-10', '2025-05-13'), event('c', 'phone_call', '2025-05-06')]);
    const weeks = (series?.weekly ?? []).map((b) => [isoDay(b.day), b.sum, b.events]);
    expect(weeks).toEqual([['2025-05-05', 1 + 3.5, 2], ['2025-05-12', 3.5, 1]]);
    const named = (from: string, to: string) => (series ? eventsBetween(series, dayNumber(from), dayNumber(to)).map((e) => e.id) : []);
    expect(named('2025-05-05', '2025-05-11')).toEqual(['c', 'n']);
    expect(named('2025-05-12', '2025-05-18')).toEqual(['n']);
    expect(named('2025-05-07', '2025-05-09')).toEqual([]);
  });

  it('finds the buckets inside a window', () => {
    const [series] = dailySums([event('a', 'appeal', '2025-01-01'), event('b', 'appeal', '2025-01-05'), event('c', 'appeal', '2025-01-09')]);
    expect(bucketsBetween(series?.daily ?? [], dayNumber('2025-01-02'), dayNumber('2025-01-09')).map((b) => isoDay(b.day))).toEqual(['2025-01-05', '2025-01-09']);
  });
});
