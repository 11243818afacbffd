import { compareCodeUnits as plain } from '../../../shared/lib/compare-code-units';
import type { TimelineEvent } from '../../../shared/schema';
import { CONFLICTS } from '../../../shared/schema/conflicts';
import { EVENT_TYPES } from '../../../shared/schema/event-types';

export const SORT_KEYS = ['date', 'title', 'type', 'conflict', 'sources'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export const SORT_LABELS: Record<SortKey, string> = { date: 'Date', title: 'Title', type: 'Type', conflict: 'Conflict', sources: 'Sources' };

const compareBy: Record<SortKey, (a: TimelineEvent, b: TimelineEvent) => number> = {
  date: (a, b) => plain(a.date.start, b.date.start) || plain(a.date.end, b.date.end),
  title: (a, b) => a.title.localeCompare(b.title),
  type: (a, b) => EVENT_TYPES[a.type].label.localeCompare(EVENT_TYPES[b.type].label),
  conflict: (a, b) => CONFLICTS[a.conflict].label.localeCompare(CONFLICTS[b.conflict].label),
  sources: (a, b) => a.sources.length - b.sources.length,
};

/** A sorted copy; ties fall back to date then id so the order is stable across reloads. */
export function sortEvents(events: readonly TimelineEvent[], key: SortKey, descending: boolean): TimelineEvent[] {
  const cmp = compareBy[key];
  const dir = descending ? -1 : 1;
  return [...events].sort((a, b) => dir * cmp(a, b) || compareBy.date(a, b) || plain(a.id, b.id));
}
