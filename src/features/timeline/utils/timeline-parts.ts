import type { TimelineEvent } from '../../../shared/schema';
import type { LaneMode } from '../types';
import { lanesOf } from './build-lanes';
import { indexPlacements, type PlacementIndex } from './level-of-detail';
import { placementTimes, type Placement } from './to-timeline-items';

/** The zoom buttons' look (TimelineControls, and the first view drawn before React renders). */
export const CONTROL_BUTTON =
  'rounded border border-slate-300 px-2 py-1 text-sm hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-blue-600 dark:border-slate-700 dark:hover:bg-slate-800';
export const CONTROLS_CLASS = 'flex flex-wrap items-center gap-2';
export const STATUS_CLASS = 'text-sm text-slate-600 dark:text-slate-400';

/** The timeline's status: whether its events are drawn one by one, and how many. */
export function timelineStatus(total: number, clustered: boolean, shown: number): string {
  return total === 0
    ? 'No events to show'
    : clustered
      ? `Grouped by period at this zoom (${total} in all); zoom in or open a group to see each event`
      : shown === total
        ? `All ${total} events drawn one by one`
        : `${shown} of ${total} events drawn one by one, those in and around this period`;
}

/** The events' placements in their lanes, indexed for the level of detail. */
export function placementIndex(events: readonly TimelineEvent[], lanes: LaneMode): PlacementIndex {
  const placements: Placement[] = [];
  for (const ev of events) {
    const times = placementTimes(ev);
    for (const lane of lanesOf(ev, lanes)) placements.push({ ev, lane, ...times });
  }
  return indexPlacements(placements, true);
}

/** The element vis-timeline draws into (it is not React's: a timeline drawn before React renders is adopted). */
export function createTimelineContainer(): HTMLDivElement {
  const el = document.createElement('div');
  el.dataset.testid = 'timeline';
  el.tabIndex = -1;
  el.setAttribute('role', 'group');
  el.setAttribute(
    'aria-label',
    'Timeline. Keys: + and - zoom, left and right arrows pan or move between events, 0 fits all, Enter opens the focused event',
  );
  el.className = 'timeline-widget rounded border border-slate-200 dark:border-slate-800';
  return el;
}
