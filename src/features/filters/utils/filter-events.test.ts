import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONFLICT_IDS, datasetSchema, type TimelineEvent } from '../../../shared/schema';
import { NO_FILTERS } from '../types';
import { buildSearchIndex } from './build-search-index';
import { countFacets } from './count-facets';
import { filterEvents } from './filter-events';

/** Fails the test, instead of reading undefined, when the data lacks what a test needs. */
function must<T>(v: T | undefined | null): T {
  if (v === undefined || v === null) throw new Error('the dataset lacks a value this test needs');
  return v;
}

const ds = datasetSchema.parse(JSON.parse(readFileSync('public/data/events.json', 'utf8')));
const index = buildSearchIndex(ds.events);
const run = (f: Partial<typeof NO_FILTERS>) => filterEvents(ds.events, index, { ...NO_FILTERS, ...f });

/** A real event moved to another day and conflict, to test combinations the seed data may not contain. */
function variant(ev: TimelineEvent, patch: Partial<TimelineEvent>): TimelineEvent {
  return { ...ev, ...patch };
}

describe('filterEvents on the published dataset', () => {
  it('keeps everything when no filter is set', () => {
    expect(run({})).toHaveLength(ds.events.length);
  });

  it('splits the events by conflict without losing or duplicating any', () => {
    const parts = CONFLICT_IDS.map((c) => run({ conflict: c }));
    parts.forEach((part, i) => { part.forEach((ev) => { expect(ev.conflict).toBe(CONFLICT_IDS[i]); }); });
    expect(parts.reduce((n, p) => n + p.length, 0)).toBe(ds.events.length);
  });

  it('finds an event by words from its excerpt, in any case, and not by words it lacks', () => {
    const ev = must(ds.events[0]);
    const words = must(ev.sources[0]).excerpt.split(/\s+/).filter((w) => w.length > 4).slice(0, 2);
    const found = run({ query: words.join(' ').toUpperCase() });
    expect(found).toContain(ev);
    expect(run({ query: `${words[0] ?? ''} zzqxjv` })).toHaveLength(0);
  });

  it('keeps only events naming a chosen country or official', () => {
    const country = must(ds.events.flatMap((e) => e.countries)[0]);
    const byCountry = run({ countries: [country] });
    expect(byCountry.length).toBeGreaterThan(0);
    byCountry.forEach((e) => { expect(e.countries).toContain(country); });
    const official = ds.events.flatMap((e) => e.actors)[0];
    if (official) run({ officials: [official] }).forEach((e) => { expect(e.actors).toContain(official); });
  });
});

describe('date filters', () => {
  const base = must(ds.events[0]);
  const events = [
    variant(base, { id: 'a', date: { ...base.date, start: '2025-04-20', end: '2025-04-20', precision: 'day' } }),
    variant(base, { id: 'b', date: { ...base.date, start: '2025-05-01', end: '2025-05-31', precision: 'month' } }),
    variant(base, { id: 'c', date: { ...base.date, start: '2025-05-10', end: '2025-05-10', precision: 'day' } }),
  ];
  const idx = buildSearchIndex(events);
  const ids = (f: Partial<typeof NO_FILTERS>) => filterEvents(events, idx, { ...NO_FILTERS, ...f }).map((e) => e.id);

  it('keeps events whose uncertain span overlaps the range', () => {
    expect(ids({ from: '2025-05-05', to: '2025-05-06' })).toEqual(['b']);
    expect(ids({ from: '2025-05-10' })).toEqual(['b', 'c']);
    expect(ids({ to: '2025-04-30' })).toEqual(['a']);
  });

  it('"exact dates only" drops events known only to the month', () => {
    expect(ids({ exactOnly: true })).toEqual(['a', 'c']);
  });
});

describe('countFacets', () => {
  it('counts each conflict as if it were chosen, ignoring the current conflict choice', () => {
    const counts = countFacets(ds.events, index, { ...NO_FILTERS, conflict: 'russia-ukraine' });
    for (const c of CONFLICT_IDS) expect(counts.conflict.get(c) ?? 0).toBe(run({ conflict: c }).length);
  });

  it('narrows type counts by the other filters', () => {
    const counts = countFacets(ds.events, index, { ...NO_FILTERS, conflict: 'india-pakistan' });
    const total = [...counts.types.values()].reduce((a, b) => a + b, 0);
    expect(total).toBe(run({ conflict: 'india-pakistan' }).length);
  });
});
