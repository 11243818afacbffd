import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetSchema } from './dataset';
import { datasetIndexSchema, shardSchema } from './dataset-shards';
import { compareEvents, joinShards, splitIntoShards } from './split-into-shards';

const ds = datasetSchema.parse(JSON.parse(readFileSync('public/data/events.json', 'utf8')));

describe('splitIntoShards on the published dataset', () => {
  const { index, shards } = splitIntoShards(ds);

  it('writes an index and shards that pass their schemas, each shard one conflict and month', () => {
    expect(datasetIndexSchema.safeParse(index).success).toBe(true);
    for (const [file, shard] of shards) {
      expect(shardSchema.safeParse(shard).success, file).toBe(true);
      expect(file).toBe(`shards/${shard.conflict}-${shard.month}.json`);
    }
    expect(index.shards.map((s) => s.file)).toEqual([...shards.keys()]);
    expect(index.shards.map((s) => s.events)).toEqual([...shards.values()].map((s) => s.events.length));
  });

  it('loses nothing: joining the shards gives back every event, in date order', () => {
    const joined = joinShards(index, [...shards.values()]);
    expect(joined.events).toEqual([...ds.events].sort(compareEvents));
    expect(joined.articles).toBe(ds.articles);
    expect(joined.people).toBe(ds.people);
    expect(datasetSchema.safeParse(joined).success).toBe(true);
  });
});

describe('shardSchema', () => {
  it('refuses an event filed under the wrong conflict or month', () => {
    const { shards } = splitIntoShards(ds);
    const [first, second] = [...shards.values()];
    if (!first || !second) throw new Error('the published dataset needs events in two shards');
    const stray = second.events[0];
    if (!stray) throw new Error('empty shard');
    const result = shardSchema.safeParse({ ...first, events: [...first.events, stray] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain(`event "${stray.id}" does not belong`);
  });
});
