import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONFLICT_IDS, datasetSchema, type TimelineEvent } from '../../../shared/schema';
import { NO_FILTERS } from '../types';
import { buildArticleTextIndex, buildSearchIndex, ownSearchText } from './build-search-index';
import { countFacets } from './count-facets';
import { filterEvents, matchedInArticleText } from './filter-events';

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

describe('search over the articles’ text', () => {
  const bodies = new Map(ds.articles.map((a) => [a.id, (JSON.parse(readFileSync(`public/data/articles/${a.id}.json`, 'utf8')) as { body: string }).body]));
  const text = buildArticleTextIndex(ds.events, bodies);
  const own = ds.events.map(ownSearchText).join('\n');
  // A word of an article that no title or excerpt holds: only the article's text can find it.
  const [article, word] = must(
    [...bodies].map(([id, body]) => [id, body.split(/[^\p{L}]+/u).find((w) => w.length > 6 && !own.includes(w.toLowerCase()))] as const).find(([, w]) => w),
  );
  const q = (query: string, t: typeof text | null = text) => filterEvents(ds.events, index, { ...NO_FILTERS, query }, t);

  it('finds every event of an article by a word only its text holds, and labels them so', () => {
    const found = q(must(word).toUpperCase());
    expect(found.map((e) => e.id).sort()).toEqual(ds.events.filter((e) => e.sources.some((s) => s.article === article)).map((e) => e.id).sort());
    expect(matchedInArticleText(found, must(word), ownSearchText)).toEqual(new Set(found.map((e) => e.id)));
  });

  it('does not find it without the articles’ text, nor a word no article holds', () => {
    expect(q(must(word), null)).toHaveLength(0);
    expect(q(`${must(word)} zzqxjv`)).toHaveLength(0);
  });

  it('an event found by its own words is not labelled as found in the article text', () => {
    const ev = must(ds.events[0]);
    const words = must(ev.sources[0]).excerpt.split(/\s+/).filter((w) => w.length > 4).slice(0, 2).join(' ');
    expect(matchedInArticleText(q(words), words, ownSearchText).has(ev.id)).toBe(false);
  });

  it('counts facets with the articles’ text too', () => {
    const counts = countFacets(ds.events, index, { ...NO_FILTERS, query: must(word) }, text);
    const total = [...counts.conflict.values()].reduce((n, c) => n + c, 0);
    expect(total).toBe(q(must(word)).length);
  });
});
