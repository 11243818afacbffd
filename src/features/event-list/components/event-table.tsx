import { CONFLICTS } from '../../../shared/schema/conflicts';
import { EVENT_TYPES } from '../../../shared/schema/event-types';
import { formatEventDate } from '../../../shared/lib/event-date-words';
import { SORT_KEYS, SORT_LABELS } from '../utils/sort-events';
import { IN_ARTICLE_TEXT_BADGE } from './in-article-text-badge';
import { ListPager } from './list-pager';
import { SortHeader } from './sort-header';
import { useSortedPage, type EventListProps } from './use-sorted-page';

/** The filtered events as a sortable table, paged so it stays fast with tens of thousands of rows. */
export function EventTable({ events, selectedId, onSelect, sort, onSort, inArticleText }: EventListProps) {
  const { total, pageEvents, page, pages, setPage } = useSortedPage(events, sort);
  const pager = 'rounded border border-slate-400 px-2 py-1 disabled:opacity-50 dark:border-slate-600';
  return (
    <div>
      <div className="overflow-x-auto rounded border border-slate-200 dark:border-slate-800">
        <table className="w-full min-w-[36rem] text-sm">
          <caption className="sr-only">Events matching the filters, {total} in all</caption>
          <thead className="bg-slate-100 dark:bg-slate-900">
            <tr>
              {SORT_KEYS.map((key) => (
                <SortHeader key={key} label={SORT_LABELS[key]} sortKey={key} sort={sort} onSort={onSort} />
              ))}
            </tr>
          </thead>
          <tbody>
            {pageEvents.map((ev) => (
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
      <ListPager label="Table pages" page={page} pages={pages} setPage={setPage} buttonClassName={pager} className="mt-2" />
    </div>
  );
}
