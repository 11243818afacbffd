import type { Dataset, TimelineEvent } from './dataset';
import type { DatasetIndex, Shard } from './dataset-shards';

export const shardFile = (conflict: string, month: string) => `shards/${conflict}-${month}.json`;
/** What a shard's file name may be: inside shards/, nothing else (the app fetches these before validating). */
export const SHARD_FILE = /^shards\/[a-z0-9-]+\.json$/;

/** The app's order of events: by first possible day, then id (plain code-unit order, the same everywhere). */
export function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  if (a.date.start !== b.date.start) return a.date.start < b.date.start ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Splits a dataset into the index and one shard per conflict and month of each event's first possible day. */
export function splitIntoShards(ds: Dataset): { index: DatasetIndex; shards: Map<string, Shard> } {
  const shards = new Map<string, Shard>();
  for (const ev of [...ds.events].sort(compareEvents)) {
    const month = ev.date.start.slice(0, 7);
    const file = shardFile(ev.conflict, month);
    let shard = shards.get(file);
    if (!shard) shards.set(file, (shard = { conflict: ev.conflict, month, events: [] }));
    shard.events.push(ev);
  }
  const files = [...shards.keys()].sort();
  const ordered = new Map(files.map((f) => [f, shards.get(f) as Shard]));
  const refs = [...ordered].map(([file, s]) => ({ file, conflict: s.conflict, month: s.month, events: s.events.length }));
  return { index: { schemaVersion: ds.schemaVersion, articles: ds.articles, people: ds.people, shards: refs }, shards: ordered };
}

/** The inverse: what the app assembles from a validated index and its shards. */
export function joinShards(index: DatasetIndex, shards: readonly Shard[]): Dataset {
  return { schemaVersion: index.schemaVersion, articles: index.articles, people: index.people, events: shards.flatMap((s) => s.events).sort(compareEvents) };
}
