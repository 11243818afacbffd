import type { RefObject } from 'react';
import type { TimelineController } from '../utils/timeline-controller';

interface Props {
  controller: RefObject<TimelineController | null>;
  clustered: boolean;
  shown: number;
  total: number;
}

const BUTTON = 'rounded border border-slate-300 px-2 py-1 text-sm hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-blue-600 dark:border-slate-700 dark:hover:bg-slate-800';

/** Zoom and fit buttons for mouse and touch users, and a live status saying whether events are grouped. */
export function TimelineControls({ controller, clustered, shown, total }: Props) {
  return (
    <div className="flex flex-wrap items-center gap-2">
      <div role="toolbar" aria-label="Timeline zoom" className="flex gap-1">
        <button type="button" className={BUTTON} onClick={() => controller.current?.zoom(0.5)}>
          Zoom in
        </button>
        <button type="button" className={BUTTON} onClick={() => controller.current?.zoom(2)}>
          Zoom out
        </button>
        <button type="button" className={BUTTON} onClick={() => controller.current?.fit()}>
          Fit all
        </button>
      </div>
      <p role="status" className="text-sm text-slate-600 dark:text-slate-400">
        {total === 0
          ? 'No events to show'
          : clustered
            ? `Grouped by period at this zoom (${total} in all); zoom in or open a group to see each event`
            : shown === total
              ? `All ${total} events drawn one by one`
              : `${shown} of ${total} events drawn one by one, those in and around this period`}
      </p>
    </div>
  );
}
