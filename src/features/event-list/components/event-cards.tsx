import { useId, useMemo, useState } from 'react';
import type { TimelineEvent } from '../../../shared/schema';
import { CONFLICTS } from '../../../shared/schema/conflicts';
import { EVENT_TYPES } from '../../../shared/schema/event-types';
import { formatDayRange } from '../../../shared/lib/format-date';
import { SORT_KEYS, sortEvents, type SortKey } from '../utils/sort-events';
import { IN_ARTICLE_TEXT_BADGE } from './in-article-text-badge';

const PAGE_SIZE = 50;
const SORT_LABEL: Record<SortKey, string> = { date: 'Date', title: 'Title', type: 'Type', conflict: 'Conflict', sources: 'Sources' };

interface EventCardsProps {
  events: TimelineEvent[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  sort: { key: SortKey; descending: boolean };
  onSort: (s: { key: SortKey; descending: boolean }) => void;
  /** Events a search found only in their articles' text, labelled as such. */
  inArticleText?: ReadonlySet<string>;
}

/** The list on a narrow screen: one card per event, the same order and pages as the table, nothing to scroll sideways. */
export function EventCards({ events, selectedId, onSelect, sort, onSort, inArticleText }: EventCardsProps) {
  const sortId = useId();
  const sorted = useMemo(() => sortEvents(events, sort.key, sort.descending), [events, sort.key, sort.descending]);
  const pages = Math.max(1, Math.ceil(sorted.length / PAGE_SIZE));
  const [wanted, setPage] = useState(0);
  const page = Math.min(wanted, pages - 1);
  const cards = sorted.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
  const control = 'min-h-11 rounded border border-slate-400 px-3 disabled:opacity-50 dark:border-slate-600';
  return (
    <div className="space-y-2">
      <div className="flex items-center gap-2 text-sm">
        <label htmlFor={sortId}>Sort by</label>
        <select
          id={sortId}
          className={`${control} bg-white dark:bg-slate-900`}
          value={`${sort.key}:${sort.descending ? 'desc' : 'asc'}`}
          onChange={(e) => {
            const [key, dir] = e.target.value.split(':');
            onSort({ key: key as SortKey, descending: dir === 'desc' });
          }}
        >
          {SORT_KEYS.flatMap((k) => [
            <option key={`${k}:asc`} value={`${k}:asc`}>{SORT_LABEL[k]}, ascending</option>,
            <option key={`${k}:desc`} value={`${k}:desc`}>{SORT_LABEL[k]}, descending</option>,
          ])}
        </select>
      </div>
      <ul aria-label={`Events matching the filters, ${sorted.length} in all`} className="space-y-2">
        {cards.map((ev) => (
          <li key={ev.id} aria-current={ev.id === selectedId ? 'true' : undefined} className="rounded border border-slate-200 p-3 text-sm aria-[current]:border-blue-700 aria-[current]:bg-blue-50 dark:border-slate-800 dark:aria-[current]:border-blue-400 dark:aria-[current]:bg-blue-950">
            <p className="text-xs text-slate-700 dark:text-slate-300">{formatDayRange(ev.date.start, ev.date.end)}</p>
            <button type="button" className="min-h-11 text-left font-medium text-blue-800 underline dark:text-blue-300" onClick={() => { onSelect(ev.id); }}>
              {ev.title}
            </button>
            {ev.summary && <p className="text-xs text-slate-700 dark:text-slate-300">“{ev.summary}”</p>}
            {inArticleText?.has(ev.id) && <p><span className={IN_ARTICLE_TEXT_BADGE}>matches in article text</span></p>}
            <p className="text-xs text-slate-700 dark:text-slate-300">
              {EVENT_TYPES[ev.type].label} · {CONFLICTS[ev.conflict].label} · {ev.sources.length} source{ev.sources.length === 1 ? '' : 's'}
            </p>
          </li>
        ))}
      </ul>
      {pages > 1 && (
        <nav aria-label="List pages" className="flex items-center gap-2 text-sm">
          <button type="button" className={control} disabled={page === 0} onClick={() => { setPage(page - 1); }}>Previous page</button>
          <span>Page {page + 1} of {pages}</span>
          <button type="button" className={control} disabled={page >= pages - 1} onClick={() => { setPage(page + 1); }}>Next page</button>
        </nav>
      )}
    </div>
  );
}
