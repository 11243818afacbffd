import { useState } from 'react';
import { useDataset } from '../features/dataset/api/get-dataset';
import { TimelineView } from '../features/timeline/components/timeline-view';
import { ErrorScreen } from '../shared/ui/error-screen';
import { LoadingSkeleton } from '../shared/ui/loading-skeleton';

export function DashboardPage() {
  const dataset = useDataset();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  return (
    <div className="min-h-screen bg-white text-slate-900 dark:bg-slate-950 dark:text-slate-100">
      <header className="border-b border-slate-200 px-4 py-3 dark:border-slate-800">
        <h1 className="text-xl font-semibold">Conflict timeline</h1>
        <p className="text-sm text-slate-600 dark:text-slate-400">Diplomatic events of the India–Pakistan and Russia–Ukraine crises, cited from news articles.</p>
      </header>
      <main className="p-4">
        {dataset.isPending ? (
          <LoadingSkeleton />
        ) : dataset.isError ? (
          <ErrorScreen title="The event data could not be loaded" error={dataset.error} onRetry={() => void dataset.refetch()} />
        ) : (
          <section aria-label="Timeline">
            <p className="mb-2 text-sm text-slate-600 dark:text-slate-400">{dataset.data.events.length} events</p>
            <TimelineView
              events={dataset.data.events}
              people={dataset.data.people}
              lanes="none"
              selectedId={selectedId}
              onSelect={setSelectedId}
              window={null}
              onWindowChange={() => undefined}
            />
          </section>
        )}
      </main>
    </div>
  );
}
