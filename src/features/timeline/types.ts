import type { Person, TimelineEvent } from '../../shared/schema';

/** How the timeline is split into lanes. */
export type LaneMode = 'none' | 'conflict' | 'country' | 'official';

export interface VisibleWindow {
  start: Date;
  end: Date;
}

export interface TimelineViewProps {
  /** The events to show (already filtered by the page). */
  events: TimelineEvent[];
  /** All people, to label lanes by official. */
  people: Person[];
  lanes: LaneMode;
  selectedId: string | null;
  /** Called on click, on Enter/Space on a focused item, and with null when the selection is cleared. */
  onSelect: (id: string | null) => void;
  /** The window to show; null means fit all events. */
  window: VisibleWindow | null;
  /** Called (debounced) when the user pans or zooms, so the page can keep the window in the URL. */
  onWindowChange: (w: VisibleWindow) => void;
  /** Called at once, not debounced, with each window shown (the fitted whole too): for views drawn over the same time. */
  onWindowMove?: (w: VisibleWindow) => void;
}
