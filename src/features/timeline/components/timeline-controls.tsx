import type { RefObject } from 'react';
import type { TimelineController } from '../utils/timeline-controller';
import { CONTROL_BUTTON as BUTTON, CONTROLS_CLASS, STATUS_CLASS, timelineStatus } from '../utils/timeline-parts';

interface Props {
  controller: RefObject<TimelineController | null>;
  clustered: boolean;
  shown: number;
  total: number;
}


/** Zoom and fit buttons for mouse and touch users, and a live status saying whether events are grouped. */
export function TimelineControls({ controller, clustered, shown, total }: Props) {
  return (
    <div className={CONTROLS_CLASS}>
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
      <p role="status" className={STATUS_CLASS}>
        {timelineStatus(total, clustered, shown)}
      </p>
    </div>
  );
}
