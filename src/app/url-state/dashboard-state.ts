import type { EventFilters } from '../../features/filters/types';
import { NO_FILTERS } from '../../features/filters/types';
import type { LaneMode } from '../../features/timeline/types';
import type { SortKey } from '../../features/event-list/utils/sort-events';

export const VIEW_MODES = ['timeline', 'list', 'contacts'] as const;
export type ViewMode = (typeof VIEW_MODES)[number];

/** Everything a link restores. The URL is its only home; React state is derived from it. */
export interface DashboardState {
  filters: EventFilters;
  selected: string | null;
  view: ViewMode;
  lanes: LaneMode;
  /** Visible timeline window as ISO instants; null fits all events. */
  window: { start: string; end: string } | null;
  sort: { key: SortKey; descending: boolean };
}

export const DEFAULT_STATE: DashboardState = {
  filters: NO_FILTERS,
  selected: null,
  view: 'timeline',
  lanes: 'conflict',
  window: null,
  sort: { key: 'date', descending: false },
};
