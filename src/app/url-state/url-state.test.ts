import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetSchema } from '../../shared/schema';
import { DEFAULT_STATE, type DashboardState } from './dashboard-state';
import { parseUrlState } from './parse-url-state';
import { reconcileWithDataset } from './reconcile-with-dataset';
import { serialiseUrlState } from './serialise-url-state';

/** Fails the test, instead of reading undefined, when the data lacks what a test needs. */
function must<T>(v: T | undefined | null): T {
  if (v === undefined || v === null) throw new Error('the dataset lacks a value this test needs');
  return v;
}

const ds = datasetSchema.parse(JSON.parse(readFileSync('public/data/events.json', 'utf8')));

describe('URL state round trip', () => {
  it('restores every setting it writes', () => {
    const state: DashboardState = {
      filters: {
        conflict: 'india-pakistan',
        countries: ['IN', 'PK'],
        officials: ['marco-rubio'],
        types: ['phone_call', 'statement'],
        from: '2025-05-01',
        to: '2025-05-12',
        exactOnly: true,
        query: 'de-escalate & "talks"',
      },
      selected: 'some-event-1',
      view: 'list',
      lanes: 'official',
      window: { start: '2025-05-07T12:00:00.000Z', end: '2025-05-11T00:00:00.000Z' },
      sort: { key: 'title', descending: true },
    };
    const parsed = parseUrlState(serialiseUrlState(state));
    expect(parsed.notices).toEqual([]);
    expect(parsed.state).toEqual(state);
  });

  it('restores the contacts view', () => {
    const state = { ...DEFAULT_STATE, view: 'contacts' as const };
    expect(serialiseUrlState(state)).toBe('?view=contacts');
    expect(parseUrlState('?view=contacts')).toEqual({ state, notices: [] });
  });

  it('writes nothing for the default view', () => {
    expect(serialiseUrlState(DEFAULT_STATE)).toBe('');
    expect(parseUrlState('').state).toEqual(DEFAULT_STATE);
  });
});

describe('hostile and malformed parameters', () => {
  it('ignores an unknown conflict and a script payload, saying so', () => {
    const { state, notices } = parseUrlState('?conflict=%3Cscript%3Ealert(1)%3C%2Fscript%3E');
    expect(state.filters.conflict).toBeNull();
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain('Unknown conflict');
  });

  it('drops impossible dates and swaps a reversed range', () => {
    expect(parseUrlState('?from=2025-02-30&to=yesterday').state.filters).toMatchObject({ from: null, to: null });
    const swapped = parseUrlState('?from=2025-05-10&to=2025-05-01');
    expect(swapped.state.filters).toMatchObject({ from: '2025-05-01', to: '2025-05-10' });
    expect(swapped.notices).toHaveLength(1);
  });

  it('keeps good values next to bad ones in a list', () => {
    const { state, notices } = parseUrlState('?country=IN,<img src=x>,pk&type=meeting,bogus');
    expect(state.filters.countries).toEqual(['IN']);
    expect(state.filters.types).toEqual(['meeting']);
    expect(notices).toHaveLength(2);
  });

  it('refuses windows that are reversed, unparseable or absurdly far away', () => {
    for (const q of ['?start=2025-05-10&end=2025-05-01', '?start=NaN&end=2025-05-01', '?start=0001-01-01&end=9999-01-01', '?start=2025-05-01'])
      expect(parseUrlState(q).state.window).toBeNull();
  });

  it('drops an event id that is not in the data, and an official nobody knows', () => {
    const parsed = parseUrlState('?event=no-such-event&official=nobody-at-all');
    const { state, notices } = reconcileWithDataset(parsed.state, ds);
    expect(state.selected).toBeNull();
    expect(state.filters.officials).toEqual([]);
    expect(notices).toHaveLength(2);
    const real = must(ds.events[0]).id;
    expect(reconcileWithDataset(parseUrlState(`?event=${real}`).state, ds).state.selected).toBe(real);
  });

  it('cuts very long search text and quotes long values short', () => {
    const { state, notices } = parseUrlState(`?q=${'a'.repeat(5000)}&view=${'x'.repeat(500)}`);
    expect(state.filters.query).toHaveLength(200);
    expect(state.view).toBe('timeline');
    expect(notices.every((n) => n.length < 120)).toBe(true);
  });
});
