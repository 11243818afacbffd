import { useDataset } from '../features/dataset/api/get-dataset';
import { ErrorScreen } from '../shared/ui/error-screen';
import { NoticeBanner } from '../shared/ui/notice-banner';
import { AboutData } from './about-data';
import { DashboardView } from './dashboard-view';
import { LayoutSkeleton } from './layout-skeleton';
import { useDashboardState } from './url-state/use-dashboard-state';

/** What goes inside #root: the page's header and skip link are in index.html, painted before any script runs. */
export function DashboardPage() {
  const dataset = useDataset();
  const { state, update, notices, dismissNotices } = useDashboardState(dataset.data);
  return (
    <>
      <NoticeBanner title="Some settings in the link could not be used" messages={notices} onDismiss={dismissNotices} />
      {dataset.isPending ? (
        <LayoutSkeleton />
      ) : dataset.isError ? (
        <main className="p-4">
          <ErrorScreen title="The event data could not be loaded" error={dataset.error} onRetry={() => void dataset.refetch()} />
        </main>
      ) : (
        <DashboardView dataset={dataset.data} state={state} update={update} />
      )}
      <AboutData dataset={dataset.data} />
    </>
  );
}
