import { DATASET_URL, datasetQueryOptions } from '../features/dataset/api/get-dataset';
import { filterEvents } from '../features/filters/utils/filter-events';
import { predrawTimeline } from '../features/timeline/predrawn-timeline';
import type { Dataset } from '../shared/schema';
import { queryClient } from './query-client';
import { DEFAULT_STATE } from './url-state/dashboard-state';
import { parseUrlState } from './url-state/parse-url-state';
import { WIDE_QUERY } from './use-media-query';

/**
 * Draws the first view's timeline into index.html's skeleton before React renders the dashboard, where the dashboard
 * will put it (TimelineView adopts it), so that React's first render and commit come after the frame that shows the
 * first events. Only for the default view, on a wide screen, of data already checked: anything else is left to React. Returns whether
 * it drew.
 */
export function predrawFirstView(): boolean {
  const dataset = queryClient.getQueryData<Dataset>(datasetQueryOptions(DATASET_URL).queryKey);
  if (!dataset) return false;
  const parsed = parseUrlState(window.location.search);
  if (parsed.notices.length > 0 || JSON.stringify(parsed.state) !== JSON.stringify(DEFAULT_STATE)) return false;
  const view = document.querySelector<HTMLElement>('#root .sk-view');
  const row = document.querySelector<HTMLElement>('#root .sk-main > .sk-row');
  if (!view || !row) return false;
  // The events the dashboard would show: those its (default) filters let through, in the same order.
  const events = filterEvents(dataset.events, [], DEFAULT_STATE.filters);
  if (events.length === 0) return false;
  // On a phone the skeleton's conflict switch is lower than the dashboard's and it has no view switch: a timeline drawn
  // into it would jump down when React renders (about 170 px at 375x812). Wide, it is drawn where it will stay.
  if (!window.matchMedia(WIDE_QUERY).matches) return false;
  // Above the timeline on a wide screen, the dashboard has the count's row (as high as the export buttons), the view
  // switch's placeholder, the cooperation line's and the legend's: the same heights here, so the timeline does not
  // move down when React renders them.
  row.style.height = '2rem';
  const box = document.createElement('div');
  const div = (className: string, ...children: HTMLElement[]) => {
    const el = document.createElement('div');
    el.className = className;
    el.append(...children);
    return el;
  };
  view.replaceWith(div('h-[30px]'), div('space-y-3', div('h-36 rounded bg-slate-100 dark:bg-slate-900'), div('space-y-2', div('h-24'), box)));
  try {
    predrawTimeline(box, events, dataset.people, DEFAULT_STATE.lanes);
  } catch {
    // React renders the page at once and meets the same failure inside its error boundary.
    return false;
  }
  return true;
}
