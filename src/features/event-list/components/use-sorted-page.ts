import { useMemo, useState } from 'react';
import type { TimelineEvent } from '../../../shared/schema';
import { sortEvents, type SortKey } from '../utils/sort-events';

const PAGE_SIZE = 50;

export interface ListSort {
  key: SortKey;
  descending: boolean;
}

/** What the table and the cards share: the filtered events, the current sort, the selection and how to change them. */
export interface EventListProps {
  events: TimelineEvent[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  sort: ListSort;
  onSort: (s: ListSort) => void;
  /** Events a search found only in their articles' text, labelled as such. */
  inArticleText?: ReadonlySet<string>;
}

/** The events in sort order, cut into pages of 50 so the list stays fast with tens of thousands of events. */
export function useSortedPage(events: TimelineEvent[], sort: ListSort) {
  const sorted = useMemo(() => sortEvents(events, sort.key, sort.descending), [events, sort.key, sort.descending]);
  const pages = Math.max(1, Math.ceil(sorted.length / PAGE_SIZE));
  const [wanted, setPage] = useState(0);
  const page = Math.min(wanted, pages - 1);
  return { total: sorted.length, pageEvents: sorted.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE), page, pages, setPage };
}
