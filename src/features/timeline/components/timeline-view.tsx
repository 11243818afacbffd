import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import 'vis-timeline/styles/vis-timeline-graph2d.css';
import '../timeline.css';
import { useTimelineKeyboard } from '../hooks/use-timeline-keyboard';
import type { TimelineViewProps, VisibleWindow } from '../types';
import { adoptPredrawn, predrawnLevel } from '../predrawn-timeline';
import { buildLanes } from '../utils/build-lanes';
import { createTimelineController, type ControllerEvents, type TimelineController } from '../utils/timeline-controller';
import { createTimelineContainer, placementIndex } from '../utils/timeline-parts';
import { TimelineControls } from './timeline-controls';

const WINDOW_REPORT_DELAY_MS = 300;

/** The one wrapper around vis-timeline: created once, updated through its API, destroyed on unmount. */
export function TimelineView({ events, people, lanes, selectedId, onSelect, window, onWindowChange, onWindowMove }: TimelineViewProps) {
  /** React's element; the timeline's own (vis-timeline's, or one drawn before React rendered) goes inside it. */
  const slot = useRef<HTMLDivElement>(null);
  const container = useRef<HTMLDivElement | null>(null);
  const controller = useRef<TimelineController | null>(null);
  // A timeline drawn before React rendered is adopted below: its status is rendered in the same words from the start.
  const [level, setLevel] = useState(() => predrawnLevel() ?? { clustered: false, shown: 0 });
  /** True when the adopted timeline already shows the first data, which is then not handed over again. */
  const drawn = useRef(false);
  const firstView = useRef({ events, people, lanes, window, selectedId });
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

  const index = useMemo(() => placementIndex(events, lanes), [events, lanes]);
  const laneList = useMemo(() => buildLanes(events, people, lanes), [events, people, lanes]);

  // The timeline is built and handed its data in layout effects, so that the status it reports as it draws (how many
  // events are drawn one by one) is rendered again synchronously, in the same commit and the same frame as the first
  // events: from a passive effect it was an update of default priority, rendered in a task after that frame, which
  // showed "0 of n events" for a frame and ran ahead of anything else queued after the paint.
  useLayoutEffect(() => {
    const box = slot.current;
    if (!box) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const target: ControllerEvents = {
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
    };
    const adopted = adoptPredrawn(firstView.current, target);
    const el = adopted?.container ?? createTimelineContainer();
    box.append(el);
    container.current = el;
    const c = adopted?.controller ?? createTimelineController(el, target);
    drawn.current = adopted !== null;
    controller.current = c;
    return () => {
      clearTimeout(timer);
      c.destroy();
      el.remove();
      controller.current = null;
      container.current = null;
    };
  }, []);

  useLayoutEffect(() => {
    if (drawn.current) {
      drawn.current = false;
      return;
    }
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
      <div ref={slot} />
    </div>
  );
}
