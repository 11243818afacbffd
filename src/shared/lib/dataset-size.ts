/**
 * Up to this many events, checking the data against the schema on the page's own thread takes a few milliseconds
 * to a few tens (the plain checks of shared/schema/dataset-shape-check need about 5 µs an event on a desktop
 * core): less than starting workers and passing the text back and forth. Above it the work goes to a pool of
 * workers, off the main thread. The build reads the same figure to decide which data files index.html preloads.
 */
export const SMALL_DATASET_EVENTS = 2_000;

/** Events in the whole dataset, as its index lists them per shard (read before the index is validated: a count that is not a number adds nothing). */
export const countIndexedEvents = (shards: readonly { events: unknown }[]) => shards.reduce<number>((n, s) => n + (Number(s.events) || 0), 0);
