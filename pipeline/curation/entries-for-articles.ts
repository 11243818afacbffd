import type { LocatedEntry } from './curation-entry';

/**
 * Curation is reviewed against one corpus; run on another folder, an entry about an article that is not there is
 * no error but not this run's business. An entry about a present article that misses its event or words still is.
 */
export function entriesForArticles(entries: LocatedEntry[], articleIds: Set<string>): { kept: LocatedEntry[]; skipped: number } {
  const present = (e: LocatedEntry) =>
    e.entry.article !== undefined ? articleIds.has(e.entry.article) : [...articleIds].some((id) => e.entry.event?.startsWith(`${id}-`) === true);
  const kept = entries.filter(present);
  return { kept, skipped: entries.length - kept.length };
}
