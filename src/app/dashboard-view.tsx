import { useCallback, useMemo, useState } from 'react';
import { ArticleReader } from '../features/article-reader/components/article-reader';
import type { Dataset } from '../shared/schema';
import { EventDetailPanel } from '../features/event-detail/components/event-detail-panel';
import { EventTable } from '../features/event-list/components/event-table';
import { sortEvents } from '../features/event-list/utils/sort-events';
import { ExportButtons } from '../features/export/components/export-buttons';
import { toExportedEvents } from '../features/export/utils/to-citations';
import { FilterPanel } from '../features/filters/components/filter-panel';
import { NO_FILTERS, type EventFilters } from '../features/filters/types';
import { TimelineLegend } from '../features/timeline/components/timeline-legend';
import { TimelineView } from '../features/timeline/components/timeline-view';
import type { VisibleWindow } from '../features/timeline/types';
import { EmptyState } from '../shared/ui/empty-state';
import { DEFAULT_STATE, type DashboardState } from './url-state/dashboard-state';
import { useDerivedEvents } from './use-derived-events';
import { ViewControls } from './view-controls';

interface DashboardViewProps {
  dataset: Dataset;
  state: DashboardState;
  update: (patch: Partial<DashboardState>, mode?: 'push' | 'replace') => void;
}

export function DashboardView({ dataset, state, update }: DashboardViewProps) {
  const d = useDerivedEvents(dataset, state.filters);
  const { filtered } = d;
  const selected = state.selected ? d.events.get(state.selected) : undefined;
  // Previous/next follow what the reader sees: the table's order in the list, time order on the timeline.
  const sortBy = state.view === 'list' ? state.sort : DEFAULT_STATE.sort;
  const ordered = useMemo(() => sortEvents(filtered, sortBy.key, sortBy.descending), [filtered, sortBy.key, sortBy.descending]);
  const at = selected ? ordered.indexOf(selected) : -1;
  const onSelect = useCallback((id: string | null) => { update({ selected: id }); }, [update]);
  const onFilters = useCallback((filters: EventFilters) => { update({ filters }); }, [update]);
  const clear = () => { update({ filters: NO_FILTERS }); };
  const window = useMemo<VisibleWindow | null>(
    () => (state.window ? { start: new Date(state.window.start), end: new Date(state.window.end) } : null),
    [state.window],
  );
  const onWindowChange = useCallback(
    (w: VisibleWindow) => { update({ window: { start: w.start.toISOString(), end: w.end.toISOString() } }, 'replace'); },
    [update],
  );
  const total = dataset.events.length;
  const presentTypes = useMemo(() => new Set(filtered.map((e) => e.type)), [filtered]);
  const [reading, setReading] = useState<string | null>(null);
  const readingArticle = reading ? d.articles.get(reading) : undefined;

  return (
    // The third column is the detail panel's: without a selection the timeline takes the whole width.
    <div className={`grid gap-4 p-4 lg:grid-cols-[18rem_minmax(0,1fr)] ${selected ? 'xl:grid-cols-[18rem_minmax(0,1fr)_26rem]' : ''}`}>
      <search aria-label="Filter events" className="lg:row-span-2">
        <FilterPanel filters={state.filters} options={d.options} counts={d.counts} onChange={onFilters} onClear={clear} />
      </search>
      <main id="results" tabIndex={-1} className="min-w-0 space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <p role="status" aria-live="polite" className="text-sm font-medium">
            {filtered.length === total ? `${total} events` : `${filtered.length} of ${total} events`}
          </p>
          <ExportButtons disabled={!filtered.length} viewUrl={globalThis.location.href} getEvents={() => toExportedEvents(filtered, d.articles, d.people)} />
        </div>
        <ViewControls view={state.view} lanes={state.lanes} onView={(view) => { update({ view }); }} onLanes={(lanes) => { update({ lanes }); }} />
        {filtered.length === 0 ? (
          <EmptyState title="No events match these filters" actionLabel="Clear filters" onAction={clear} />
        ) : state.view === 'list' ? (
          <section aria-label="Event list">
            <EventTable events={filtered} selectedId={state.selected} onSelect={onSelect} sort={state.sort} onSort={(sort) => { update({ sort }); }} />
          </section>
        ) : (
          <section aria-label="Timeline">
            <TimelineLegend types={presentTypes} />
            <TimelineView
              events={filtered}
              people={dataset.people}
              lanes={state.lanes}
              selectedId={state.selected}
              onSelect={onSelect}
              window={window}
              onWindowChange={onWindowChange}
            />
          </section>
        )}
      </main>
      {selected && (
        <aside aria-label="Event details" className="min-w-0 rounded border border-slate-200 p-4 lg:col-start-2 xl:col-start-3 xl:row-start-1 dark:border-slate-800">
          <EventDetailPanel
            event={selected}
            articles={d.articles}
            people={d.people}
            previousId={at > 0 ? (ordered[at - 1]?.id ?? null) : null}
            nextId={at >= 0 ? (ordered[at + 1]?.id ?? null) : null}
            onSelect={onSelect}
            onOpenArticle={setReading}
          />
        </aside>
      )}
      {readingArticle && (
        <ArticleReader article={readingArticle} events={dataset.events} onJump={onSelect} onClose={() => { setReading(null); }} />
      )}
    </div>
  );
}
