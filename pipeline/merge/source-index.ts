import type { Source } from '../../src/shared/schema';
import type { ExtractedEvent } from '../events/extract-events';

/**
 * The sources of each event the merge keeps, by article and by position, updated as it absorbs others: a merged event
 * can have hundreds of sources, and every new event is compared with it.
 */
/** Where each source starts, by article. */
export type SourceIndex = Map<string, Set<number>>;
const sourceIndex = new WeakMap<ExtractedEvent, SourceIndex>();

/** Adds a source to the index; false when it was there already. */
export function indexSource(index: SourceIndex, s: Source): boolean {
  const starts = index.get(s.article) ?? new Set<number>();
  index.set(s.article, starts);
  if (starts.has(s.start)) return false;
  starts.add(s.start);
  return true;
}

export function indexSources(e: ExtractedEvent): SourceIndex {
  const index: SourceIndex = new Map();
  for (const s of e.sources) indexSource(index, s);
  sourceIndex.set(e, index);
  return index;
}

/** Whether a source of one is a source of the other (same article, same place). */
export function shareSource(a: ExtractedEvent, b: ExtractedEvent): boolean {
  const ia = sourceIndex.get(a);
  if (ia) return b.sources.some((t) => ia.get(t.article)?.has(t.start) === true);
  return a.sources.some((s) => b.sources.some((t) => t.article === s.article && t.start === s.start));
}

export function shareArticle(a: ExtractedEvent, b: ExtractedEvent): boolean {
  const ia = sourceIndex.get(a);
  if (ia) return b.sources.some((t) => ia.has(t.article));
  return a.sources.some((s) => b.sources.some((t) => t.article === s.article));
}

/** The index of an event's sources, made on first use. */
export const sourcesOf = (e: ExtractedEvent): SourceIndex => sourceIndex.get(e) ?? indexSources(e);
