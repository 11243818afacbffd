import type { Dataset, TimelineEvent } from './dataset';
import type { DatasetIndex, Shard } from './dataset-shards';

/** A shard is named after its conflict and the first month it holds. */
export const shardFile = (conflict: string, month: string) => `shards/${conflict}-${month}.json`;
/** What a shard's file name may be: inside shards/, nothing else (the app fetches these before validating). */
export const SHARD_FILE = /^shards\/[a-z0-9-]+\.json$/;

/** A shard's months in words: "2025-04", or "2025-04 to 2025-06". */
export const shardMonths = (s: { month: string; until?: string | undefined }) => (s.until ? `${s.month} to ${s.until}` : s.month);

/**
 * A shard takes in whole months of one conflict until it holds at least this many events. Few files matter more
 * than small ones: over HTTP/1.1 a browser opens six connections, and on a phone each request costs a round trip
 * of half a second, so a thousand events in 135 monthly files took twelve seconds to arrive where one file takes
 * one. Large datasets still come in dozens of shards, enough to spread over the validation workers and to be
 * checked while the rest download.
 */
export const SHARD_TARGET_EVENTS = 1_000;

/** The app's order of events: by first possible day, then id (plain code-unit order, the same everywhere). */
export function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  if (a.date.start !== b.date.start) return a.date.start < b.date.start ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

const monthOf = (ev: TimelineEvent) => ev.date.start.slice(0, 7);

/**
 * Splits a dataset into the index and shards: each shard holds one conflict's events of consecutive months (by
 * each event's first possible day), never part of a month, and closes once it reaches SHARD_TARGET_EVENTS.
 */
export function splitIntoShards(ds: Dataset, targetEvents: number = SHARD_TARGET_EVENTS): { index: DatasetIndex; shards: Map<string, Shard> } {
  const byConflict = new Map<string, TimelineEvent[]>();
  for (const ev of [...ds.events].sort(compareEvents)) {
    const list = byConflict.get(ev.conflict) ?? [];
    if (!list.length) byConflict.set(ev.conflict, list);
    list.push(ev);
  }
  const groups: { conflict: Shard['conflict']; months: string[]; events: TimelineEvent[] }[] = [];
  for (const [, events] of byConflict) {
    let group: (typeof groups)[number] | null = null;
    for (const ev of events) {
      const month = monthOf(ev);
      const newMonth = group?.months.at(-1) !== month;
      if (!group || (newMonth && group.events.length >= targetEvents)) groups.push((group = { conflict: ev.conflict, months: [], events: [] }));
      if (newMonth) group.months.push(month);
      group.events.push(ev);
    }
  }
  const shards = new Map<string, Shard>();
  for (const g of groups) {
    const month = g.months[0] ?? '';
    const until = g.months.length > 1 ? g.months.at(-1) : undefined;
    shards.set(shardFile(g.conflict, month), { conflict: g.conflict, month, ...(until ? { until } : {}), events: g.events });
  }
  const files = [...shards.keys()].sort();
  const ordered = new Map(files.map((f) => [f, shards.get(f) as Shard]));
  const refs = [...ordered].map(([file, s]) => ({ file, conflict: s.conflict, month: s.month, ...(s.until ? { until: s.until } : {}), events: s.events.length }));
  return { index: { schemaVersion: ds.schemaVersion, articles: ds.articles, people: ds.people, shards: refs }, shards: ordered };
}

/** The inverse: what the app assembles from a validated index and its shards. */
export function joinShards(index: DatasetIndex, shards: readonly Shard[]): Dataset {
  return { schemaVersion: index.schemaVersion, articles: index.articles, people: index.people, events: shards.flatMap((s) => s.events).sort(compareEvents) };
}
