import { useMemo, useState } from 'react';
import type { TimelineEvent } from '../../../shared/schema';
import { CONFLICTS } from '../../../shared/schema/conflicts';
import { EVENT_TYPES } from '../../../shared/schema/event-types';
import { formatEventDate } from '../../../shared/lib/event-date-words';
import { sortEvents, type SortKey } from '../utils/sort-events';
import { IN_ARTICLE_TEXT_BADGE } from './in-article-text-badge';
import { SortHeader } from './sort-header';

const PAGE_SIZE = 50;

interface EventTableProps {
  events: TimelineEvent[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  sort: { key: SortKey; descending: boolean };
  onSort: (s: { key: SortKey; descending: boolean }) => void;
  /** Events a search found only in their articles' text, labelled as such. */
  inArticleText?: ReadonlySet<string>;
}

/** The filtered events as a sortable table, paged so it stays fast with tens of thousands of rows. */
export function EventTable({ events, selectedId, onSelect, sort, onSort, inArticleText }: EventTableProps) {
  const sorted = useMemo(() => sortEvents(events, sort.key, sort.descending), [events, sort.key, sort.descending]);
  const pages = Math.max(1, Math.ceil(sorted.length / PAGE_SIZE));
  const [wanted, setPage] = useState(0);
  const page = Math.min(wanted, pages - 1);
  const rows = sorted.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
  const headers: [string, SortKey][] = [['Date', 'date'], ['Title', 'title'], ['Type', 'type'], ['Conflict', 'conflict'], ['Sources', 'sources']];
  const pager = 'rounded border border-slate-400 px-2 py-1 disabled:opacity-50 dark:border-slate-600';
  return (
    <div>
      <div className="overflow-x-auto rounded border border-slate-200 dark:border-slate-800">
        <table className="w-full min-w-[36rem] text-sm">
          <caption className="sr-only">Events matching the filters, {sorted.length} in all</caption>
          <thead className="bg-slate-100 dark:bg-slate-900">
            <tr>
              {headers.map(([label, key]) => (
                <SortHeader key={key} label={label} sortKey={key} sort={sort} onSort={onSort} />
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((ev) => (
              <tr key={ev.id} aria-current={ev.id === selectedId ? 'true' : undefined} className="border-t border-slate-200 aria-[current]:bg-blue-50 dark:border-slate-800 dark:aria-[current]:bg-blue-950">
                <td className="whitespace-nowrap px-2 py-1.5">{formatEventDate(ev.date)}</td>
                <td className="px-2 py-1.5">
                  <button type="button" className="text-left text-blue-800 underline dark:text-blue-300" onClick={() => { onSelect(ev.id); }}>
                    {ev.title}
                  </button>
                  {ev.summary && <span className="block text-xs text-slate-700 dark:text-slate-300">“{ev.summary}”</span>}
                  {inArticleText?.has(ev.id) && <span className={IN_ARTICLE_TEXT_BADGE}>matches in article text</span>}
                </td>
                <td className="px-2 py-1.5">{EVENT_TYPES[ev.type].label}</td>
                <td className="px-2 py-1.5">{CONFLICTS[ev.conflict].label}</td>
                <td className="px-2 py-1.5 tabular-nums">{ev.sources.length}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pages > 1 && (
        <nav aria-label="Table pages" className="mt-2 flex items-center gap-2 text-sm">
          <button type="button" className={pager} disabled={page === 0} onClick={() => { setPage(page - 1); }}>Previous page</button>
          <span>Page {page + 1} of {pages}</span>
          <button type="button" className={pager} disabled={page >= pages - 1} onClick={() => { setPage(page + 1); }}>Next page</button>
        </nav>
      )}
    </div>
  );
}
