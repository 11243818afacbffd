/**
 * How fast the dashboard's derived data is at 50,000 events: builds a synthetic dataset by repeating the published
 * events, then times the search index (once per dataset) against filtering and facet counts (on every change).
 * Run: npx tsx bench/filter-events-50k.ts
 */
import { readFileSync } from 'node:fs';
import { datasetSchema } from '../src/shared/schema';
import { buildSearchIndex } from '../src/features/filters/utils/build-search-index';
import { countFacets } from '../src/features/filters/utils/count-facets';
import { filterEvents } from '../src/features/filters/utils/filter-events';
import { NO_FILTERS } from '../src/features/filters/types';
import { sortEvents } from '../src/features/event-list/utils/sort-events';

const ds = datasetSchema.parse(JSON.parse(readFileSync('public/data/events.json', 'utf8')));
const N = 50_000;
const events = Array.from({ length: N }, (_, i) => {
  const ev = ds.events[i % ds.events.length];
  if (!ev) throw new Error('the published dataset has no events');
  return { ...ev, id: `${ev.id}-${i}` };
});

function time(label: string, runs: number, fn: () => unknown): number {
  fn();
  const t = performance.now();
  for (let i = 0; i < runs; i++) fn();
  const ms = (performance.now() - t) / runs;
  console.log(`${label.padEnd(40)} ${ms.toFixed(2)} ms`);
  return ms;
}

const index = buildSearchIndex(events);
const base = time('build search index (once per dataset)', 5, () => buildSearchIndex(events));
const word = ds.events[0]?.sources[0]?.excerpt.split(' ')[3] ?? 'the';
const filters = { ...NO_FILTERS, conflict: ds.events[0]?.conflict ?? null, query: word };
const filter = time('filter: conflict + search', 20, () => filterEvents(events, index, filters));
const counts = time('facet counts', 20, () => countFacets(events, index, filters));
const sort = time('sort by title (list view)', 5, () => sortEvents(events, 'title', false));
console.log(`\n${N} events; ratios to building the index: filter ${(filter / base).toFixed(2)}, counts ${(counts / base).toFixed(2)}, sort ${(sort / base).toFixed(2)}`);
