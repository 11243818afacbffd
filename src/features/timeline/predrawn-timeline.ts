import type { Person, TimelineEvent } from '../../shared/schema';
import type { LaneMode, VisibleWindow } from './types';
import { buildLanes } from './utils/build-lanes';
import { createTimelineController, type ControllerEvents, type TimelineController } from './utils/timeline-controller';
import { CONTROL_BUTTON, CONTROLS_CLASS, createTimelineContainer, placementIndex, STATUS_CLASS, timelineStatus } from './utils/timeline-parts';

/**
 * The first view's timeline, drawn before React renders the dashboard and adopted by TimelineView as React renders it.
 * React's first render and commit of the dashboard (about 9 ms of CPU on desktop) then come after the frame that
 * shows the first events, not before it. Only the default view is drawn this way (all events, lanes by conflict, the
 * fitted window, nothing selected): TimelineView adopts it only if it would draw exactly that, and otherwise
 * destroys it and builds its own.
 */
interface Predrawn {
  events: readonly TimelineEvent[];
  people: readonly Person[];
  lanes: LaneMode;
  box: HTMLElement;
  container: HTMLDivElement;
  controller: TimelineController;
  level: { clustered: boolean; shown: number };
  /** Where the controller's events go: nowhere until TimelineView adopts it. */
  target: ControllerEvents | null;
}

let predrawn: Predrawn | null = null;

/**
 * Draws the timeline, with its zoom buttons and status as TimelineControls renders them, into `box` (placed by the
 * caller where the dashboard will put the timeline), for the events and lanes given, with the window fitted to them.
 */
export function predrawTimeline(box: HTMLElement, events: readonly TimelineEvent[], people: readonly Person[], lanes: LaneMode) {
  if (predrawn) return;
  box.className = 'flex flex-col gap-2';
  const controls = document.createElement('div');
  controls.className = CONTROLS_CLASS;
  const toolbar = document.createElement('div');
  toolbar.setAttribute('role', 'toolbar');
  toolbar.setAttribute('aria-label', 'Timeline zoom');
  toolbar.className = 'flex gap-1';
  const status = document.createElement('p');
  status.setAttribute('role', 'status');
  status.className = STATUS_CLASS;
  controls.append(toolbar, status);
  const container = createTimelineContainer();
  box.append(controls, container);
  const p: Predrawn = { events, people, lanes, box, container, controller: null as unknown as TimelineController, level: { clustered: false, shown: 0 }, target: null };
  p.controller = createTimelineController(container, {
    onSelect: (id) => { p.target?.onSelect(id); },
    onUserWindow: (w: VisibleWindow) => { p.target?.onUserWindow(w); },
    onDetailLevel: (level) => {
      p.level = level;
      status.textContent = timelineStatus(events.length, level.clustered, level.shown);
      p.target?.onDetailLevel(level);
    },
    onWindowShown: (w: VisibleWindow) => { p.target?.onWindowShown?.(w); },
  });
  for (const [label, act] of [['Zoom in', () => { p.controller.zoom(0.5); }], ['Zoom out', () => { p.controller.zoom(2); }], ['Fit all', () => { p.controller.fit(); }]] as const) {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = CONTROL_BUTTON;
    b.textContent = label;
    b.addEventListener('click', act);
    toolbar.append(b);
  }
  status.textContent = timelineStatus(events.length, false, 0);
  try {
    p.controller.setData(placementIndex(events, lanes), buildLanes([...events], [...people], lanes), null);
  } catch (e) {
    // Data the timeline refuses (e.g. two events with one id) is left to React's path, whose error boundary says so.
    p.controller.destroy();
    box.replaceChildren();
    throw e;
  }
  predrawn = p;
}

/** The drawn timeline's detail level, for TimelineView's first render (its status, in the same words). */
export function predrawnLevel(): { clustered: boolean; shown: number } | null {
  return predrawn?.level ?? null;
}

interface FirstView {
  events: readonly TimelineEvent[];
  people: readonly Person[];
  lanes: LaneMode;
  window: VisibleWindow | null;
  selectedId: string | null;
}

const sameEvents = (a: readonly TimelineEvent[], b: readonly TimelineEvent[]) => a.length === b.length && a.every((e, i) => e === b[i]);

/**
 * Hands the drawn timeline to TimelineView if it shows exactly the view asked for (its controller then reports to
 * `target`); otherwise destroys it. Either way it is handed over once.
 */
export function adoptPredrawn(view: FirstView, target: ControllerEvents): { container: HTMLDivElement; controller: TimelineController } | null {
  const p = predrawn;
  predrawn = null;
  if (!p) return null;
  if (view.window !== null || view.selectedId !== null || view.lanes !== p.lanes || view.people !== p.people || !sameEvents(view.events, p.events)) {
    p.controller.destroy();
    p.box.remove();
    return null;
  }
  p.target = target;
  p.box.remove();
  return { container: p.container, controller: p.controller };
}
