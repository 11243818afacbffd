import { Suspense, useCallback, useEffect, useMemo, useRef, useState, type ComponentProps } from 'react';
import type { Dataset } from '../shared/schema';
import { sortEvents } from '../features/event-list/utils/sort-events';
import { ArticleTextNote } from '../features/filters/components/article-text-note';
import { ConflictFilter } from '../features/filters/components/conflict-filter';
import { NO_FILTERS, type EventFilters } from '../features/filters/types';
import { countActiveFilters } from '../features/filters/utils/count-active-filters';
import { TimelineLegend } from '../features/timeline/components/timeline-legend';
import { TimelineView } from '../features/timeline/components/timeline-view';
import type { VisibleWindow } from '../features/timeline/types';
import { EmptyState } from '../shared/ui/empty-state';
import { DetailSheet } from './detail-sheet';
import { FiltersSheet } from './filters-sheet';
import { LazyCards, LazyContacts, LazyCooperationLine, LazyDetail, LazyExport, LazyFilterPanel, LazyReader, LazyTable, prefetchWhenIdle } from './lazy-parts';
import { TABLE_QUERY, useMediaQuery, WIDE_QUERY } from './use-media-query';
import { createLiveWindow, useLiveWindow, type LiveWindow } from './live-window';
import { DEFAULT_STATE, type DashboardState } from './url-state/dashboard-state';
import { useAfterFirstPaint } from './use-after-first-paint';
import { useDerivedEvents } from './use-derived-events';
import { useTimelinePlotInset } from './use-timeline-plot-inset';
import { ViewControls } from './view-controls';

interface DashboardViewProps {
  dataset: Dataset;
  state: DashboardState;
  update: (patch: Partial<DashboardState>, mode?: 'push' | 'replace') => void;
}

const placeholder = 'rounded bg-slate-100 dark:bg-slate-900';

/**
 * Wide screens: filters, results, details in three columns. Phones: the count, the conflict switch and the view
 * come first, the other filters sit in a sheet, the details open as a sheet over the page.
 */
export function DashboardView({ dataset, state, update }: DashboardViewProps) {
  const wide = useMediaQuery(WIDE_QUERY);
  const table = useMediaQuery(TABLE_QUERY);
  // The URL changes with every pan and zoom; the filters keep their identity unless they change, so the events are
  // not filtered again and the timeline does not swap its items (and lose keyboard focus) for a window change.
  const filtersKey = JSON.stringify(state.filters);
  const filters = useMemo(() => JSON.parse(filtersKey) as EventFilters, [filtersKey]);
  const d = useDerivedEvents(dataset, filters);
  const { filtered } = d;
  const selected = state.selected ? d.events.get(state.selected) : undefined;
  // Previous/next follow what the reader sees: the table's order in the list, time order on the timeline.
  const sortBy = state.view === 'list' ? state.sort : DEFAULT_STATE.sort;
  const ordered = useMemo(() => sortEvents(filtered, sortBy.key, sortBy.descending), [filtered, sortBy.key, sortBy.descending]);
  const at = selected ? ordered.indexOf(selected) : -1;
  const onSelect = useCallback((id: string | null) => { update({ selected: id }); }, [update]);
  const onClose = useCallback(() => { update({ selected: null }); }, [update]);
  const onFilters = useCallback((filters: EventFilters) => { update({ filters }); }, [update]);
  const clear = () => { update({ filters: NO_FILTERS }); };
  const onFilterOfficial = (id: string) => {
    const officials = state.filters.officials;
    onFilters({ ...state.filters, officials: officials.includes(id) ? officials.filter((o) => o !== id) : [...officials, id] });
  };
  const window = useMemo<VisibleWindow | null>(
    () => (state.window ? { start: new Date(state.window.start), end: new Date(state.window.end) } : null),
    [state.window],
  );
  const onWindowChange = useCallback(
    (w: VisibleWindow) => { update({ window: { start: w.start.toISOString(), end: w.end.toISOString() } }, 'replace'); },
    [update],
  );
  // The line follows the timeline at once; the URL catches up when the reader stops (onWindowChange is debounced).
  const [live] = useState(createLiveWindow);
  const onWindowMove = useCallback((to: VisibleWindow) => { live.set({ from: window, to }); }, [live, window]);
  const timelineBox = useRef<HTMLElement>(null);
  const inset = useTimelinePlotInset(timelineBox, state.view !== 'list' && filtered.length > 0);
  const List = table ? LazyTable : LazyCards;
  // The first view's deferred parts (filters, export, the line) load and render once the first frame is painted,
  // so the timeline's events are drawn first; until then their placeholders hold their place.
  const painted = useAfterFirstPaint();
  // The parts not on the first screen load once the first view is drawn, so opening them later is instant.
  useEffect(() => prefetchWhenIdle([LazyDetail, List, LazyExport, LazyFilterPanel, LazyCooperationLine, LazyContacts]), [List]);
  // The contacts of the filtered events in the window are worked out while the page is idle on another view, so
  // switching to the contacts view only draws them (bench/measure-contacts.ts). The code is already prefetched.
  useEffect(() => {
    if (state.view === 'contacts' || filtered.length === 0) return;
    return prefetchWhenIdle([{ prefetch: () => { void import('../features/contacts/utils/contact-pairs').then((m) => { m.prepareContacts(filtered, d.people, window); }).catch(() => undefined); } }]);
  }, [state.view, filtered, d.people, window]);
  // A pointer over the results or focus inside them comes just before opening an event: fetch the details' code.
  const results = useRef<HTMLElement>(null);
  useEffect(() => {
    const el = results.current;
    el?.addEventListener('pointerover', LazyDetail.prefetch, { once: true });
    el?.addEventListener('focusin', LazyDetail.prefetch, { once: true });
    return () => {
      el?.removeEventListener('pointerover', LazyDetail.prefetch);
      el?.removeEventListener('focusin', LazyDetail.prefetch);
    };
  }, []);
  const total = dataset.events.length;
  const presentTypes = useMemo(() => new Set(filtered.map((e) => e.type)), [filtered]);
  const [reading, setReading] = useState<string | null>(null);
  const readingArticle = reading ? d.articles.get(reading) : undefined;
  const countText = filtered.length === total ? `${total} events` : `${filtered.length} of ${total} events`;
  const count = (
    <div>
      <p role="status" aria-live="polite" className="text-sm font-medium">{countText}</p>
      <ArticleTextNote query={state.filters.query} search={d.articleSearch} />
    </div>
  );
  const filterPanel = <LazyFilterPanel.Component filters={state.filters} dataset={dataset} counts={d.counts} onChange={onFilters} onClear={clear} showConflict={wide} searchesArticles={d.articleSearch.searchable} />;
  const filtersPlaceholder = <div className={`h-96 ${placeholder}`} />;
  const exportPlaceholder = <div className={`h-8 w-48 ${placeholder}`} />;
  const exportControls = painted ? (
    <Suspense fallback={exportPlaceholder}>
      <LazyExport.Component events={filtered} articles={d.articles} people={d.people} />
    </Suspense>
  ) : (
    exportPlaceholder
  );

  // Above the timeline on a wide screen; on a phone folded under it, so the first event stays on the first screen.
  const linePlaceholder = wide ? <div className={`h-36 ${placeholder}`} /> : null;
  const line = (
    <section aria-label="Cooperation–conflict line">
      {painted ? (
        <Suspense fallback={linePlaceholder}>
          <FollowingLine live={live} window={window} events={filtered} inset={inset} collapsible={!wide} />
        </Suspense>
      ) : (
        linePlaceholder
      )}
    </section>
  );

  return (
    // The third column is the detail panel's: without a selection the timeline takes the whole width.
    <div className={`grid gap-3 p-3 lg:grid-cols-[18rem_minmax(0,1fr)] lg:gap-4 lg:p-4 ${selected ? 'xl:grid-cols-[18rem_minmax(0,1fr)_26rem]' : ''}`}>
      {wide && (
        <search aria-label="Filter events" className="lg:row-span-2">
          {painted ? <Suspense fallback={filtersPlaceholder}>{filterPanel}</Suspense> : filtersPlaceholder}
        </search>
      )}
      <main id="results" tabIndex={-1} className="min-w-0 space-y-3" ref={results}>
        {wide ? (
          <div className="flex flex-wrap items-center justify-between gap-3">
            {count}
            {exportControls}
          </div>
        ) : (
          <search aria-label="Filter events" className="space-y-1">
            <div className="flex items-center justify-between gap-3">
              {count}
              <FiltersSheet active={countActiveFilters(state.filters)} countText={countText}>{filterPanel}</FiltersSheet>
            </div>
            <ConflictFilter value={state.filters.conflict} counts={d.counts.conflict} onChange={(conflict) => { onFilters({ ...state.filters, conflict }); }} />
          </search>
        )}
        {painted || !wide ? (
          <ViewControls compact={!wide} view={state.view} lanes={state.lanes} onView={(view) => { update({ view }); }} onLanes={(lanes) => { update({ lanes }); }} onPrefetchView={(v) => { (v === 'contacts' ? LazyContacts : v === 'list' ? List : null)?.prefetch(); }} />
        ) : (
          <div className="h-[30px]" />
        )}
        {filtered.length === 0 ? (
          <EmptyState title="No events match these filters" actionLabel="Clear filters" onAction={clear} />
        ) : state.view === 'list' ? (
          <section aria-label="Event list">
            <Suspense fallback={<div className={`h-80 ${placeholder}`} />}>
              <List.Component events={filtered} selectedId={state.selected} onSelect={onSelect} sort={state.sort} onSort={(sort) => { update({ sort }); }} inArticleText={d.articleSearch.matches} />
            </Suspense>
          </section>
        ) : (
          <>
            {state.view === 'contacts' && (
              <section aria-label="Contacts">
                <Suspense fallback={<div className={`h-80 ${placeholder}`} />}>
                  <LazyContacts.Component events={filtered} people={d.people} window={window} officials={state.filters.officials} onFilterOfficial={onFilterOfficial} onSelectEvent={onSelect} />
                </Suspense>
              </section>
            )}
            {/* The timeline stays mounted under the contacts view, so going back only shows it again: rebuilding it
                took seconds at 50,000 events (bench/measure-contacts.ts). Invisible at its own width rather than
                display: none, so it does not lay itself out again for a width of zero on the way. (content-visibility:
                hidden was measured too: the switch and the way back were slower with it.) */}
            <div className={state.view === 'contacts' ? 'invisible h-0 overflow-hidden' : 'space-y-3'}>
              {wide && line}
              <section aria-label="Timeline" className="space-y-2" ref={timelineBox}>
                {wide && (painted ? <TimelineLegend types={presentTypes} /> : <div className="h-24" />)}
                <TimelineView
                  events={filtered}
                  people={dataset.people}
                  lanes={state.lanes}
                  selectedId={state.selected}
                  onSelect={onSelect}
                  window={window}
                  onWindowChange={onWindowChange}
                  onWindowMove={onWindowMove}
                />
                {!wide && painted && <TimelineLegend types={presentTypes} />}
              </section>
              {!wide && line}
            </div>
          </>
        )}
        {!wide && exportControls}
      </main>
      {selected && (
        <DetailSheet onClose={onClose}>
          <LazyDetail.Component
            event={selected}
            articles={d.articles}
            people={d.people}
            previousId={at > 0 ? (ordered[at - 1]?.id ?? null) : null}
            nextId={at >= 0 ? (ordered[at + 1]?.id ?? null) : null}
            onSelect={onSelect}
            onOpenArticle={setReading}
            inArticleText={d.articleSearch.matches.has(selected.id)}
          />
        </DetailSheet>
      )}
      {readingArticle && (
        <Suspense fallback={null}>
          <LazyReader.Component article={readingArticle} events={dataset.events} onJump={onSelect} onClose={() => { setReading(null); }} />
        </Suspense>
      )}
    </div>
  );
}

type LineProps = Omit<ComponentProps<typeof LazyCooperationLine.Component>, 'window'>;

/** The cooperation line over the window the timeline shows right now: it alone renders again as the reader moves. */
function FollowingLine({ live, window, ...props }: LineProps & { live: LiveWindow; window: VisibleWindow | null }) {
  return <LazyCooperationLine.Component window={useLiveWindow(live, window)} {...props} />;
}
