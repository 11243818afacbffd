import { DataSet } from 'vis-data/esnext';
import { Timeline, type TimelineOptions } from 'vis-timeline/esnext';
import type { VisibleWindow } from '../types';
import type { Lane } from './build-lanes';
import { addEventTypeStyles } from './event-type-styles';
import { EDGE_PX, fitWindow, revealWindow, type Extent } from './fit-window';
import { eventsPanelPx } from './lane-column';
import { fullRange, itemsForWindow, MAX_INDIVIDUAL_ITEMS, type PlacementIndex } from './level-of-detail';
import { renderItemAsText, renderLaneAsText, renderTooltipAsText } from './render-item-as-text';
import { textWidthIn } from './text-width';
import type { Placement, TimelineItem } from './to-timeline-items';

/** vis-timeline's own vertical scroll, which it keeps private; used to bring a selected item's lane into view. */
interface VerticalScroll {
  _getScrollTop(): number;
  _setScrollTop(top: number): void;
  _redraw(): void;
}
/** What vis-timeline keeps private about its drawing. */
interface DrawingInternals {
  /**
   * Its unthrottled redraw. Its public redraw (and every change after the first draw) waits for the next animation
   * frame, where it runs after frame callbacks registered earlier; before its first draw with items, every change
   * (lanes, items, window) calls this at once, a whole redraw each.
   */
  _origRedraw: () => void;
  /** Whether it has made its one-off fit to the items, which it makes after its first draw with items. */
  initialFitDone: boolean;
  /** The panel above the events that holds the time axis's labels. */
  dom?: { top?: HTMLElement };
  /** The time axis, whose labels' element it adds to that panel only at the end of its first draw. */
  timeAxis?: { dom?: { foreground?: HTMLElement } };
}

const DAY = 86_400_000;
/** The item labels' font size and horizontal padding, as set in timeline.css and vis-timeline's own styles. */
const LABEL_FONT_PX = 13;
const LABEL_PADDING_PX = 7;
/** A range's label carries 2 px of padding either side (timeline.css); a point's none, so it is measured 4 px wide. */
const LABEL_TEXT_PADDING_PX = 2;
/** About half a second at 60 Hz: long enough for the layout change and vis-timeline's redraw after it. */
const RESTORE_FOCUS_FRAMES = 30;
/** Narrower than this, a label would wrap into a column of single words. */
const MIN_LABEL_PX = 120;
/**
 * The most of the timeline's width a label may take. The fitted window leaves every label room to its right, so a
 * label as wide as a phone's timeline would squeeze all the events against its left edge, a window of years.
 */
const MAX_LABEL_SHARE = 0.6;
const OPTIONS: TimelineOptions = {
  stack: true,
  // The controller's ResizeObserver redraws when the width changes (below). vis-timeline's own watch would add a
  // forced layout while it is built, a layout every second from then on, and a redraw per window resize event.
  autoResize: false,
  zoomKey: 'ctrlKey',
  orientation: 'top',
  showCurrentTime: false,
  zoomMin: DAY,
  zoomMax: 40 * 365 * DAY,
  maxHeight: 640,
  verticalScroll: true,
  template: renderItemAsText,
  groupTemplate: renderLaneAsText,
  // Over an event, its summary; `overflowMethod: 'flip'` keeps the tooltip inside the timeline at its edges.
  // vis-timeline's types say the template returns a string, but its popup also takes an element (Popup.setText):
  // an element built with textContent is the safe choice for article text.
  tooltip: { followMouse: false, overflowMethod: 'flip', delay: 300, template: renderTooltipAsText as unknown as (item: unknown) => string },
};

/** Lanes as vis-timeline groups; `label` is drawn as text by renderLaneAsText. */
const toGroups = (lanes: Lane[]) => new DataSet(lanes.map((l) => ({ id: l.id, content: '', label: l.label, order: l.order })));

export interface ControllerEvents {
  onSelect: (eventId: string | null) => void;
  onUserWindow: (w: VisibleWindow) => void;
  onDetailLevel: (level: { clustered: boolean; shown: number }) => void;
  /** Every window the timeline is set to, the fitted whole included (onUserWindow reports only the reader's). */
  onWindowShown?: (w: VisibleWindow) => void;
}

/**
 * Owns one vis-timeline. Never passes start/end to the constructor (vis-timeline issue #1340) and only ever
 * hands it the few hundred items the window needs, swapping whole item sets rather than refreshing a DataView.
 */
export function createTimelineController(container: HTMLElement, events: ControllerEvents) {
  addEventTypeStyles();
  // Built empty (given lanes, it would draw them at once): the first data draws it (setData).
  const tl = new Timeline(container, null as unknown as DataSet<TimelineItem>, OPTIONS);
  const internals = tl as unknown as DrawingInternals;
  // The controller chooses every window, the first included (fitAll): vis-timeline's own fit is not wanted.
  internals.initialFitDone = true;
  // The time axis measures its font (the height of a "0") at the start of each draw, in its labels' element, which it
  // puts in the page only at the end of its first: that draw measures nothing, the second finds the axis 60 px taller,
  // and a third lays the panels out for it, three whole redraws in the task that draws the first events. In the page
  // from the start (the timeline is hidden until its first draw), the axis is measured in the first and the draw done
  // in two.
  const axisLabels = internals.timeAxis?.dom?.foreground;
  if (axisLabels && !axisLabels.parentNode) internals.dom?.top?.append(axisLabels);
  /** Makes the changes with vis-timeline's immediate redraws held back, then draws once. */
  const drawOnce = (change: () => void) => {
    const draw = internals._origRedraw;
    internals._origRedraw = () => undefined;
    try {
      change();
    } finally {
      internals._origRedraw = draw;
    }
    draw();
  };
  /** The lanes last handed to vis-timeline; null until the first data. */
  let lanesShown: Lane[] | null = null;
  // The lane names' column carries the lanes' vertical scrollbar (vis-timeline syncs the events to it): when lanes
  // overflow, keyboard users must be able to reach it and scroll with the arrow keys (axe: scrollable-region-focusable).
  const lanesColumn = container.querySelector<HTMLElement>('.vis-panel.vis-left');
  lanesColumn?.setAttribute('tabindex', '0');
  lanesColumn?.setAttribute('role', 'group');
  lanesColumn?.setAttribute('aria-label', 'Lane names (up and down arrows scroll the lanes)');
  let index: PlacementIndex = { sorted: [], maxSpan: 0, withLanes: false };
  let shown = new Map<string, TimelineItem>();
  let key = '';
  let slice = { lo: 0, hi: 0, clustered: true };
  /** The window we last asked for (a fit that gives the same one is not made again). */
  let wanted: VisibleWindow | null = null;
  let computed = { from: 0, to: 0 };
  let selected: string | null = null;
  /** True while the window is the fitted whole rather than one the reader or a link chose: refit on resize. */
  let autoFit = false;

  /** The events' panel's width as it will be drawn, while the first data is handed over before its first draw. */
  let panelBeforeFirstDraw: number | null = null;
  const centreWidth = () => panelBeforeFirstDraw ?? container.querySelector<HTMLElement>('.vis-panel.vis-center')?.clientWidth ?? container.clientWidth;
  /** A lane name's width in the lane names' font (they inherit the timeline's), before vis-timeline lays them out. */
  const laneNamePx = (): ((name: string) => number) => {
    const style = getComputedStyle(container);
    return textWidthIn(`${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`) ?? ((name) => name.length * 8);
  };
  /** The labels' font, read once per fit rather than once per label. */
  let measureFont = '';
  /** A label's width: as drawn when it is on screen, else as its text would be drawn (box padding included). */
  const labelPx = (p: Placement): number => {
    const drawn = container.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(p.ev.id)}"]`);
    const box = drawn?.closest<HTMLElement>('.vis-item-content');
    if (drawn && box) return drawn.getBoundingClientRect().width + (box.getBoundingClientRect().width - box.clientWidth) + 2 * LABEL_PADDING_PX;
    measureFont ||= `${LABEL_FONT_PX}px ${getComputedStyle(container).fontFamily}`;
    const width = textWidthIn(measureFont);
    if (!width) return p.ev.title.length * 7;
    const exact = p.ev.date.precision === 'day' && p.ev.date.start === p.ev.date.end;
    return width(`${exact ? '' : '≈ '}${p.ev.title}`) + 2 * (LABEL_PADDING_PX + LABEL_TEXT_PADDING_PX);
  };
  /** Labels wrap at this width (see timeline.css), so none is wider than the visible part of the timeline. */
  const labelMaxPx = () => Math.max(MIN_LABEL_PX, Math.min(centreWidth() - 2 * EDGE_PX, centreWidth() * MAX_LABEL_SHARE));
  const limitLabels = () => {
    container.style.setProperty('--tl-label-max', `${labelMaxPx()}px`);
  };
  const extent = (p: Placement): Extent => ({ startMs: p.startMs, endMs: p.endMs, labelPx: Math.min(labelPx(p), labelMaxPx()) });
  /** Everything, with room for every label; the padded span when there are too many events to draw one by one. */
  const fitAll = (): VisibleWindow | null =>
    index.sorted.length <= MAX_INDIVIDUAL_ITEMS ? (fitWindow(index.sorted.map(extent), centreWidth()) ?? fullRange(index)) : fullRange(index);
  const selectedPlacement = (): Placement | undefined => {
    if (!selected) return undefined;
    const mine = index.sorted.filter((p) => p.ev.id === selected);
    // The lane the reader sees it in, when it is drawn in several.
    const drawnLane = [...shown.values()].find((i) => i.view.kind === 'event' && i.view.eventId === selected)?.group;
    return mine.find((p) => p.lane === drawnLane) ?? mine[0];
  };
  /** Moves the window (and the lanes' scroll) so that the selected event and its label are wholly in view. */
  const reveal = () => {
    const p = selectedPlacement();
    if (!p) return;
    const w = revealWindow(extent(p), current(), centreWidth());
    if (w) byUser(w);
    requestAnimationFrame(() => {
      requestAnimationFrame(() => {
        scrollLaneIntoView(p.ev.id);
      });
    });
  };
  const scrollLaneIntoView = (eventId: string) => {
    const el = container.querySelector(`[data-event-id="${CSS.escape(eventId)}"]`)?.closest('.vis-item');
    const panel = container.querySelector('.vis-panel.vis-center');
    if (!el || !panel) return;
    const r = el.getBoundingClientRect();
    const v = panel.getBoundingClientRect();
    const delta = r.top < v.top ? v.top - r.top + EDGE_PX : r.bottom > v.bottom ? v.bottom - r.bottom - EDGE_PX : 0;
    if (!delta) return;
    const scroll = tl as unknown as VerticalScroll;
    scroll._setScrollTop(scroll._getScrollTop() + delta);
    scroll._redraw();
  };

  /**
   * Focuses an event's label when focus has fallen to the page. The timeline widens as the details close and
   * vis-timeline redraws its labels, dropping focus again: watch for a few frames until that has settled.
   */
  const restoreFocus = (eventId: string, frames = RESTORE_FOCUS_FRAMES) => {
    requestAnimationFrame(() => {
      const lost = !document.activeElement || document.activeElement === document.body;
      if (lost) container.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(eventId)}"]`)?.focus({ preventScroll: true });
      if (frames > 1 && (lost || container.contains(document.activeElement))) restoreFocus(eventId, frames - 1);
    });
  };

  /** The item ids last handed to setSelection: vis-timeline redraws on every call, so an unchanged one is skipped. */
  let selectedIds: string[] = [];
  const applySelection = () => {
    const ids = selected ? [...shown.values()].filter((i) => i.view.kind === 'event' && i.view.eventId === selected).map((i) => i.id) : [];
    if (ids.length === selectedIds.length && ids.every((id, k) => id === selectedIds[k])) return;
    selectedIds = ids;
    tl.setSelection(ids);
  };
  const show = (from: number, to: number) => {
    computed = { from, to };
    const level = itemsForWindow(index, from, to);
    if (level.key === key) return;
    // Zooming into what is already drawn individually needs no new item set: vis-timeline skips off-screen items.
    if (key && !level.clustered && !slice.clustered && level.lo >= slice.lo && level.hi <= slice.hi) return;
    key = level.key;
    slice = { lo: level.lo, hi: level.hi, clustered: level.clustered };
    const focused = document.activeElement instanceof HTMLElement && container.contains(document.activeElement) ? document.activeElement : null;
    const refocus = focused?.dataset.eventId ? `[data-event-id="${CSS.escape(focused.dataset.eventId)}"]` : focused?.dataset.cluster ? null : undefined;
    shown = new Map(level.items.map((i) => [i.id, i]));
    tl.setItems(new DataSet(level.items));
    // A new item set starts with nothing selected: only a selection needs handing over again.
    selectedIds = [];
    applySelection();
    // Swapping the item set removes the focused element; keep keyboard users where they were.
    if (refocus !== undefined) {
      requestAnimationFrame(() => {
        const again = refocus ? container.querySelector<HTMLElement>(refocus) : null;
        (again ?? container).focus({ preventScroll: true });
      });
    }
    // An event drawn in two lanes is still one event: count events, not items, so the status adds up.
    const eventsShown = new Set(level.items.flatMap((i) => (i.view.kind === 'event' ? [i.view.eventId] : []))).size;
    events.onDetailLevel({ clustered: level.clustered, shown: eventsShown });
  };
  const showWindow = (w: VisibleWindow) => {
    wanted = w;
    tl.setWindow(w.start, w.end, { animation: false });
    show(w.start.getTime(), w.end.getTime());
    events.onWindowShown?.(w);
  };
  const current = () => tl.getWindow();
  const byUser = (w: VisibleWindow) => {
    showWindow(w);
    events.onUserWindow(current());
  };

  /** Within a second at both ends: the same window, as far as a reader can tell. */
  const sameWindow = (a: VisibleWindow | null, b: VisibleWindow) =>
    a !== null && Math.abs(a.start.getTime() - b.start.getTime()) < 1000 && Math.abs(a.end.getTime() - b.end.getTime()) < 1000;
  /** Fits again once lane labels have taken their width, or the timeline its new width (each window is a redraw). */
  const refit = () => {
    const w = fitAll();
    if (w && !sameWindow(wanted, w)) showWindow(w);
  };
  tl.on('rangechange', (p: { start: Date; end: Date }) => {
    const from = p.start.getTime();
    const to = p.end.getTime();
    const w = computed.to - computed.from;
    // Recompute mid-gesture only when the zoom level or the buffered span is left behind.
    if (to - from > w * 1.5 || to - from < w / 1.5 || from < computed.from - w / 2 || to > computed.to + w / 2) show(from, to);
  });
  tl.on('rangechanged', (p: { start: Date; end: Date; byUser?: boolean }) => {
    show(p.start.getTime(), p.end.getTime());
    if (p.byUser) autoFit = false;
    if (p.byUser) wanted = { start: p.start, end: p.end };
    if (p.byUser) events.onUserWindow({ start: p.start, end: p.end });
  });
  tl.on('select', (p: { items: (string | number)[] }) => {
    const item = p.items[0] === undefined ? undefined : shown.get(String(p.items[0]));
    if (item?.view.kind === 'cluster' && item.end) byUser({ start: item.start, end: item.end });
    else events.onSelect(item?.view.kind === 'event' ? item.view.eventId : null);
  });

  // Opening or closing the details panel (or turning a phone) changes the timeline's width, and a change of lanes
  // the width of the lane names' column: redraw, let labels wrap to the new width, and keep the fitted whole or the
  // selected event in view. vis-timeline sizes its panels only when it draws (its own watch for a new width is off,
  // see OPTIONS), so a new width of the timeline is drawn at once, for the fit and the reveal to measure.
  const widths = () => `${container.clientWidth} ${centreWidth()}`;
  // Read once the first data is drawn (setData), when the page is laid out for that draw anyway: read here, while the
  // timeline is built, it laid the whole page out once more in the task that draws the first events.
  let lastWidths: string | null = null;
  const resize = new ResizeObserver(() => {
    if (lastWidths === null || widths() === lastWidths) return;
    internals._origRedraw();
    lastWidths = widths();
    limitLabels();
    tl.redraw();
    if (autoFit) refit();
    if (selected) reveal();
  });
  resize.observe(container);
  const centre = container.querySelector('.vis-panel.vis-center');
  if (centre) resize.observe(centre);

  return {
    setData(next: PlacementIndex, lanes: Lane[], window: VisibleWindow | null) {
      index = next;
      key = '';
      slice = { lo: 0, hi: 0, clustered: true };
      // Clearing first keeps old items out of lanes that are about to go (nothing to clear on the first data).
      if (shown.size > 0) tl.setItems(new DataSet<TimelineItem>([]));
      shown = new Map();
      // The first data draws the timeline once, in the task that brought it: lanes, events and the window fitted to the
      // width the events' panel will have beside those lanes (worked out from the lane names, as vis-timeline has not
      // laid them out yet). Whatever looks for the events in the next frame (a reader's eyes, a test) finds them
      // there, rather than in a frame callback queued behind others. Later data is drawn in the next frame, as
      // vis-timeline does.
      const first = lanesShown === null;
      if (first) panelBeforeFirstDraw = eventsPanelPx(container.clientWidth, lanes.map((l) => l.label), laneNamePx());
      const draw = first ? drawOnce : (change: () => void) => { change(); };
      try {
        draw(() => {
          if (lanes !== lanesShown) tl.setGroups(toGroups(lanes));
          lanesShown = lanes;
          limitLabels();
          autoFit = !window;
          const w = window ?? fitAll() ?? current();
          // The first events go in before the window: vis-timeline draws an event added inside its window at once,
          // with a layout of the page each, and those it finds in the window when it draws all together.
          if (first) show(w.start.getTime(), w.end.getTime());
          showWindow(w);
        });
      } finally {
        panelBeforeFirstDraw = null;
      }
      lastWidths ??= widths();
      if (autoFit) requestAnimationFrame(() => { if (autoFit) refit(); });
      // After a filter change the selected event may lie outside the kept window.
      if (selected) reveal();
    },
    setWindow(window: VisibleWindow | null) {
      // Already fitting the whole (set with the data, kept by the refit after it and on resize).
      if (!window && autoFit) return;
      autoFit = !window;
      const w = window ?? fitAll();
      if (!w) return;
      if (sameWindow(current(), w)) return;
      showWindow(w);
    },
    setSelected(id: string | null) {
      const previous = selected;
      selected = id;
      applySelection();
      if (id && id !== previous) reveal();
      // Closing the details removes the focused button: give focus back to the event the reader had open.
      if (!id && previous) restoreFocus(previous);
    },
    /** Brings the selected event back into view, e.g. after the timeline's width changed. */
    reveal,
    /** factor > 1 zooms out, < 1 zooms in, around the given event (a focused one) or else the centre. */
    zoom(factor: number, aroundEventId?: string) {
      autoFit = false;
      const { start, end } = current();
      const anchor = [...shown.values()].find((i) => i.view.kind === 'event' && i.view.eventId === aroundEventId);
      const mid = anchor ? (anchor.start.getTime() + (anchor.end ?? anchor.start).getTime()) / 2 : (start.getTime() + end.getTime()) / 2;
      const half = ((end.getTime() - start.getTime()) * factor) / 2;
      byUser({ start: new Date(mid - half), end: new Date(mid + half) });
    },
    /** Moves by a fraction of the visible width; negative is earlier. */
    pan(fraction: number) {
      autoFit = false;
      const { start, end } = current();
      const d = (end.getTime() - start.getTime()) * fraction;
      byUser({ start: new Date(start.getTime() + d), end: new Date(end.getTime() + d) });
    },
    fit() {
      const w = fitAll();
      if (w) byUser(w);
      autoFit = true;
    },
    zoomToCluster(id: string) {
      const item = shown.get(id);
      if (item?.end) byUser({ start: item.start, end: item.end });
    },
    destroy() {
      resize.disconnect();
      tl.destroy();
    },
  };
}

export type TimelineController = ReturnType<typeof createTimelineController>;
