import { useId } from 'react';
import { CONFLICTS } from '../../../shared/schema/conflicts';
import { EVENT_TYPES } from '../../../shared/schema/event-types';
import { formatEventDate } from '../../../shared/lib/event-date-words';
import { SORT_KEYS, SORT_LABELS, type SortKey } from '../utils/sort-events';
import { IN_ARTICLE_TEXT_BADGE } from './in-article-text-badge';
import { ListPager } from './list-pager';
import { useSortedPage, type EventListProps } from './use-sorted-page';

/** The list on a narrow screen: one card per event, the same order, pages, dates and summaries as the table, nothing to scroll sideways. */
export function EventCards({ events, selectedId, onSelect, sort, onSort, inArticleText }: EventListProps) {
  const sortId = useId();
  const { total, pageEvents, page, pages, setPage } = useSortedPage(events, sort);
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
            <option key={`${k}:asc`} value={`${k}:asc`}>{SORT_LABELS[k]}, ascending</option>,
            <option key={`${k}:desc`} value={`${k}:desc`}>{SORT_LABELS[k]}, descending</option>,
          ])}
        </select>
      </div>
      <ul aria-label={`Events matching the filters, ${total} in all`} className="space-y-2">
        {pageEvents.map((ev) => (
          <li key={ev.id} aria-current={ev.id === selectedId ? 'true' : undefined} className="rounded border border-slate-200 p-3 text-sm aria-[current]:border-blue-700 aria-[current]:bg-blue-50 dark:border-slate-800 dark:aria-[current]:border-blue-400 dark:aria-[current]:bg-blue-950">
            <p className="text-xs text-slate-700 dark:text-slate-300">{formatEventDate(ev.date)}</p>
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
      <ListPager label="List pages" page={page} pages={pages} setPage={setPage} buttonClassName={control} />
    </div>
  );
}
