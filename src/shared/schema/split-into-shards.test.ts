import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetSchema } from './dataset';
import { datasetIndexSchema, shardSchema } from './dataset-shards';
import { compareEvents, joinShards, SHARD_TARGET_EVENTS, splitIntoShards } from './split-into-shards';

const ds = datasetSchema.parse(JSON.parse(readFileSync('public/data/events.json', 'utf8')));

describe('splitIntoShards on the published dataset', () => {
  const { index, shards } = splitIntoShards(ds);

  it('writes an index and shards that pass their schemas, one shard per conflict while it is small', () => {
    expect(datasetIndexSchema.safeParse(index).success).toBe(true);
    for (const [file, shard] of shards) {
      expect(shardSchema.safeParse(shard).success, file).toBe(true);
      expect(file).toBe(`shards/${shard.conflict}-${shard.month}.json`);
    }
    expect(index.shards.map((s) => s.file)).toEqual([...shards.keys()]);
    expect(index.shards.map((s) => s.events)).toEqual([...shards.values()].map((s) => s.events.length));
    expect(index.shards.map((s) => [s.until, shards.get(s.file)?.until])).toEqual([...shards.values()].map((s) => [s.until, s.until]));
    expect(ds.events.length).toBeLessThan(SHARD_TARGET_EVENTS);
    expect([...shards.values()].map((s) => s.conflict)).toEqual([...new Set(ds.events.map((e) => e.conflict))].sort());
  });

  it('closes a shard at the first new month once it holds the target number of events, never splitting a month', () => {
    // The published data is small: a target of one event makes every month its own shard (April's one, May's five).
    const target = 1;
    const { index, shards } = splitIntoShards(ds, target);
    for (const [file, shard] of shards) {
      expect(shardSchema.safeParse(shard).success, file).toBe(true);
      // Full shards only once a month has ended: without its last month, a shard holds fewer than the target.
      const lastMonth = shard.until ?? shard.month;
      expect(shard.events.filter((e) => !e.date.start.startsWith(lastMonth)).length, file).toBeLessThan(target);
      for (const other of shards.values())
        if (other !== shard && other.conflict === shard.conflict) expect(other.month > lastMonth || (other.until ?? other.month) < shard.month, file).toBe(true);
    }
    expect(shards.size).toBeGreaterThan(splitIntoShards(ds).shards.size);
    expect(joinShards(index, [...shards.values()]).events).toEqual([...ds.events].sort(compareEvents));
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
  it('refuses an event outside the months a shard spans, and a span that ends before it begins', () => {
    const { shards } = splitIntoShards(ds, 1);
    const shard = [...shards.values()].find((s) => s.events.length > 0);
    const ev = shard?.events[0];
    if (!shard || !ev) throw new Error('empty dataset');
    const month = ev.date.start.slice(0, 7);
    const earlier = `${Number(month.slice(0, 4)) - 1}${month.slice(4)}`;
    expect(shardSchema.safeParse({ ...shard, month: earlier, until: month }).success).toBe(true);
    expect(shardSchema.safeParse({ ...shard, month: earlier, until: earlier }).success).toBe(false);
    expect(shardSchema.safeParse({ ...shard, month, until: earlier }).error?.issues[0]?.path).toEqual(['until']);
  });

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
