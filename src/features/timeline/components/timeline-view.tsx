import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import 'vis-timeline/styles/vis-timeline-graph2d.css';
import '../timeline.css';
import { useTimelineKeyboard } from '../hooks/use-timeline-keyboard';
import type { TimelineViewProps, VisibleWindow } from '../types';
import { buildLanes, lanesOf } from '../utils/build-lanes';
import { indexPlacements } from '../utils/level-of-detail';
import { createTimelineController, type TimelineController } from '../utils/timeline-controller';
import { placementTimes, type Placement } from '../utils/to-timeline-items';
import { TimelineControls } from './timeline-controls';

const WINDOW_REPORT_DELAY_MS = 300;

/** The one wrapper around vis-timeline: created once, updated through its API, destroyed on unmount. */
export function TimelineView({ events, people, lanes, selectedId, onSelect, window, onWindowChange, onWindowMove }: TimelineViewProps) {
  const container = useRef<HTMLDivElement>(null);
  const controller = useRef<TimelineController | null>(null);
  const [level, setLevel] = useState({ clustered: false, shown: 0 });
  const onSelectRef = useRef(onSelect);
  const onWindowRef = useRef(onWindowChange);
  const onMoveRef = useRef(onWindowMove);
  const windowRef = useRef(window);
  // Layout effects, like the timeline's own below: setData reads windowRef before any passive effect has run.
  useLayoutEffect(() => {
    onSelectRef.current = onSelect;
    onWindowRef.current = onWindowChange;
    onMoveRef.current = onWindowMove;
    windowRef.current = window;
  });

  const index = useMemo(() => {
    const placements: Placement[] = [];
    for (const ev of events) {
      const times = placementTimes(ev);
      for (const lane of lanesOf(ev, lanes)) placements.push({ ev, lane, ...times });
    }
    return indexPlacements(placements, true);
  }, [events, lanes]);
  const laneList = useMemo(() => buildLanes(events, people, lanes), [events, people, lanes]);

  // The timeline is built and handed its data in layout effects, so that the status it reports as it draws (how many
  // events are drawn one by one) is rendered again synchronously, in the same commit and the same frame as the first
  // events: from a passive effect it was an update of default priority, rendered in a task after that frame, which
  // showed "0 of n events" for a frame and ran ahead of anything else queued after the paint.
  useLayoutEffect(() => {
    if (!container.current) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const c = createTimelineController(container.current, {
      onSelect: (id) => {
        onSelectRef.current(id);
      },
      onUserWindow: (w: VisibleWindow) => {
        onMoveRef.current?.(w);
        clearTimeout(timer);
        timer = setTimeout(() => {
          onWindowRef.current(w);
        }, WINDOW_REPORT_DELAY_MS);
      },
      // The same level again (most pans) renders nothing again.
      onDetailLevel: (next) => {
        setLevel((was) => (was.clustered === next.clustered && was.shown === next.shown ? was : next));
      },
      onWindowShown: (w: VisibleWindow) => {
        onMoveRef.current?.(w);
      },
    });
    controller.current = c;
    return () => {
      clearTimeout(timer);
      c.destroy();
      controller.current = null;
    };
  }, []);

  useLayoutEffect(() => {
    controller.current?.setData(index, laneList, windowRef.current);
  }, [index, laneList]);
  useEffect(() => {
    controller.current?.setWindow(window);
  }, [window]);
  useEffect(() => {
    controller.current?.setSelected(selectedId);
  }, [selectedId, index]);
  useTimelineKeyboard(container, controller, onSelectRef);

  return (
    <div className="flex flex-col gap-2">
      <TimelineControls controller={controller} clustered={level.clustered} shown={level.shown} total={events.length} />
      <div
        ref={container}
        data-testid="timeline"
        tabIndex={-1}
        role="group"
        aria-label="Timeline. Keys: + and - zoom, left and right arrows pan or move between events, 0 fits all, Enter opens the focused event"
        className="timeline-widget rounded border border-slate-200 dark:border-slate-800"
      />
    </div>
  );
}
