import { useDataset } from '../features/dataset/api/get-dataset';
import { ErrorScreen } from '../shared/ui/error-screen';
import { LoadingSkeleton } from '../shared/ui/loading-skeleton';
import { NoticeBanner } from '../shared/ui/notice-banner';
import { DashboardView } from './dashboard-view';
import { useDashboardState } from './url-state/use-dashboard-state';

export function DashboardPage() {
  const dataset = useDataset();
  const { state, update, notices, dismissNotices } = useDashboardState(dataset.data);
  return (
    <div className="min-h-screen bg-white text-slate-900 dark:bg-slate-950 dark:text-slate-100">
      <a href="#results" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-2 focus:text-blue-800">
        Skip to results
      </a>
      <header className="border-b border-slate-200 px-4 py-3 dark:border-slate-800">
        <h1 className="text-xl font-semibold">Conflict timeline</h1>
        <p className="text-sm text-slate-700 dark:text-slate-300">Diplomatic events of the India–Pakistan and Russia–Ukraine crises, cited from news articles.</p>
      </header>
      <NoticeBanner title="Some settings in the link could not be used" messages={notices} onDismiss={dismissNotices} />
      {dataset.isPending ? (
        <main className="p-4">
          <LoadingSkeleton />
        </main>
      ) : dataset.isError ? (
        <main className="p-4">
          <ErrorScreen title="The event data could not be loaded" error={dataset.error} onRetry={() => void dataset.refetch()} />
        </main>
      ) : (
        <DashboardView dataset={dataset.data} state={state} update={update} />
      )}
    </div>
  );
}
