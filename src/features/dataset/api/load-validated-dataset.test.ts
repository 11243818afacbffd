import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { datasetSchema } from '../../../shared/schema/dataset';
import { compareEvents } from '../../../shared/schema/split-into-shards';
import { DataLoadError } from '../../../shared/lib/load-json';
import { loadValidatedDataset } from './load-validated-dataset';

const INDEX = '/data/index.json';
const published = (path: string) => readFileSync(join('public', path), 'utf8');
const whole = datasetSchema.parse(JSON.parse(published('data/events.json')));
const firstShard = (JSON.parse(published('data/index.json')) as { shards: { file: string }[] }).shards[0]?.file ?? '';

/** Serves public/ as a static host would, with some files replaced and a log of what was asked for. */
function serve(overrides: Record<string, string | number> = {}) {
  const asked: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn((url: string) => {
      const path = new URL(url, 'http://localhost/').pathname;
      asked.push(path);
      const o = overrides[path];
      if (typeof o === 'number') return Promise.resolve(new Response('not found', { status: o }));
      let body: string;
      try {
        body = o ?? published(path);
      } catch {
        return Promise.resolve(new Response('not found', { status: 404 }));
      }
      return Promise.resolve(new Response(body, { headers: { 'content-type': 'application/json' } }));
    }),
  );
  return asked;
}

async function failure(p: Promise<unknown>): Promise<DataLoadError> {
  const e: unknown = await p.then(() => null, (err: unknown) => err);
  expect(e).toBeInstanceOf(DataLoadError);
  return e as DataLoadError;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

// Node has no Worker: these run the same steps on the calling thread, as a browser without workers would.
describe('loadValidatedDataset on the published index and shards', () => {
  it('assembles exactly the dataset of events.json, in date order', async () => {
    const asked = serve();
    const ds = await loadValidatedDataset(INDEX);
    expect(ds.events).toEqual([...whole.events].sort(compareEvents));
    expect(ds.articles).toEqual(whole.articles);
    expect(ds.people).toEqual(whole.people);
    expect(asked).not.toContain('/data/events.json');
    expect(asked.filter((p) => p.startsWith('/data/shards/')).length).toBeGreaterThan(1);
  });

  it('validates a small dataset on the page itself, without starting a worker', async () => {
    serve();
    const started: unknown[] = [];
    vi.stubGlobal('Worker', function Worker(url: unknown) { started.push(url); });
    const ds = await loadValidatedDataset(INDEX);
    expect(ds.events).toHaveLength(whole.events.length);
    expect(started).toEqual([]);
  });

  it('names the shard that is missing', async () => {
    serve({ [`/data/${firstShard}`]: 404 });
    const e = await failure(loadValidatedDataset(INDEX));
    expect(e.url).toBe(`/data/${firstShard}`);
    expect(e.reason).toContain('404');
  });

  it('refuses a shard that lost events, saying how many the index expected', async () => {
    const shard = JSON.parse(published(`data/${firstShard}`)) as { events: unknown[] };
    serve({ [`/data/${firstShard}`]: JSON.stringify({ ...shard, events: shard.events.slice(1) }) });
    const e = await failure(loadValidatedDataset(INDEX));
    expect(e.url).toBe(`/data/${firstShard}`);
    expect(e.reason).toMatch(new RegExp(`holds ${shard.events.length - 1} .* where the index lists ${shard.events.length}`));
  });

  it('refuses a shard that spans other months than the index says', async () => {
    const index = JSON.parse(published('data/index.json')) as { shards: { file: string; month: string; until?: string; events: number }[] };
    const spanning = index.shards.find((s) => s.until);
    if (!spanning) throw new Error('the published data has no shard of several months');
    // An index from before the shard took in its later months: it lists the first month alone.
    serve({ [INDEX]: JSON.stringify({ ...index, shards: index.shards.map((s) => (s === spanning ? { ...s, until: undefined } : s)) }) });
    const e = await failure(loadValidatedDataset(INDEX));
    expect(e.url).toBe(`/data/${spanning.file}`);
    expect(e.reason).toMatch(new RegExp(`events of ${spanning.month} to ${spanning.until} where the index lists .*, ${spanning.month}: it is out of date`));
  });

  it('refuses a shard whose event names a person the index does not know', async () => {
    const shard = JSON.parse(published(`data/${firstShard}`)) as { events: { actors: string[] }[] };
    const [ev, ...rest] = shard.events;
    if (!ev) throw new Error('empty shard');
    serve({ [`/data/${firstShard}`]: JSON.stringify({ ...shard, events: [{ ...ev, actors: ['nobody-known'] }, ...rest] }) });
    const e = await failure(loadValidatedDataset(INDEX));
    expect(e.reason).toBe('does not match the schema at events.0.actors.0: unknown person "nobody-known"');
  });

  it('fetches nothing outside shards/ when the index lists other files, and says the index is wrong', async () => {
    const index = JSON.parse(published('data/index.json')) as { shards: { file: string }[] };
    const asked = serve({ [INDEX]: JSON.stringify({ ...index, shards: index.shards.map((s, i) => (i ? s : { ...s, file: '../../secret.json' })) }) });
    const e = await failure(loadValidatedDataset(INDEX));
    expect(e.url).toBe(INDEX);
    expect(e.reason).toMatch(/^does not match the schema at shards\.0\.file/);
    expect(asked).toEqual([INDEX]);
  });
});
