import { DataSet } from 'vis-data/esnext';
import { Timeline, type TimelineOptions } from 'vis-timeline/esnext';
import type { VisibleWindow } from '../types';
import type { Lane } from './build-lanes';
import { fullRange, itemsForWindow, type PlacementIndex } from './level-of-detail';
import { renderItemAsText, renderLaneAsText } from './render-item-as-text';
import type { TimelineItem } from './to-timeline-items';

const DAY = 86_400_000;
const OPTIONS: TimelineOptions = {
  stack: true,
  zoomKey: 'ctrlKey',
  orientation: 'top',
  showCurrentTime: false,
  zoomMin: DAY,
  zoomMax: 40 * 365 * DAY,
  maxHeight: 640,
  verticalScroll: true,
  template: renderItemAsText,
  groupTemplate: renderLaneAsText,
};

export interface ControllerEvents {
  onSelect: (eventId: string | null) => void;
  onUserWindow: (w: VisibleWindow) => void;
  onDetailLevel: (level: { clustered: boolean; shown: number }) => void;
}

/**
 * Owns one vis-timeline. Never passes start/end to the constructor (vis-timeline issue #1340) and only ever
 * hands it the few hundred items the window needs, swapping whole item sets rather than refreshing a DataView.
 */
export function createTimelineController(container: HTMLElement, events: ControllerEvents) {
  const tl = new Timeline(container, new DataSet<TimelineItem>([]), OPTIONS);
  let index: PlacementIndex = { sorted: [], maxSpan: 0, withLanes: false };
  let shown = new Map<string, TimelineItem>();
  let key = '';
  let slice = { lo: 0, hi: 0, clustered: true };
  /** The window we last asked for: vis-timeline's one-off fit after its first draw must not override it. */
  let wanted: VisibleWindow | null = null;
  let computed = { from: 0, to: 0 };
  let selected: string | null = null;

  const applySelection = () => {
    const ids = selected ? [...shown.values()].filter((i) => i.view.kind === 'event' && i.view.eventId === selected).map((i) => i.id) : [];
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
    applySelection();
    // Swapping the item set removes the focused element; keep keyboard users where they were.
    if (refocus !== undefined) {
      requestAnimationFrame(() => {
        const again = refocus ? container.querySelector<HTMLElement>(refocus) : null;
        (again ?? container).focus();
      });
    }
    events.onDetailLevel({ clustered: level.clustered, shown: level.items.length });
  };
  const showWindow = (w: VisibleWindow) => {
    wanted = w;
    tl.setWindow(w.start, w.end, { animation: false });
    show(w.start.getTime(), w.end.getTime());
  };
  const current = () => tl.getWindow();
  const byUser = (w: VisibleWindow) => {
    showWindow(w);
    events.onUserWindow(current());
  };

  const onFirstDraw = () => {
    tl.off('changed', onFirstDraw);
    if (wanted) showWindow(wanted);
  };
  tl.on('changed', onFirstDraw);
  tl.on('rangechange', (p: { start: Date; end: Date }) => {
    const from = p.start.getTime();
    const to = p.end.getTime();
    const w = computed.to - computed.from;
    // Recompute mid-gesture only when the zoom level or the buffered span is left behind.
    if (to - from > w * 1.5 || to - from < w / 1.5 || from < computed.from - w / 2 || to > computed.to + w / 2) show(from, to);
  });
  tl.on('rangechanged', (p: { start: Date; end: Date; byUser?: boolean }) => {
    show(p.start.getTime(), p.end.getTime());
    if (p.byUser) wanted = { start: p.start, end: p.end };
    if (p.byUser) events.onUserWindow({ start: p.start, end: p.end });
  });
  tl.on('select', (p: { items: (string | number)[] }) => {
    const item = p.items[0] === undefined ? undefined : shown.get(String(p.items[0]));
    if (item?.view.kind === 'cluster' && item.end) byUser({ start: item.start, end: item.end });
    else events.onSelect(item?.view.kind === 'event' ? item.view.eventId : null);
  });

  return {
    setData(next: PlacementIndex, lanes: Lane[], window: VisibleWindow | null) {
      index = next;
      key = '';
      slice = { lo: 0, hi: 0, clustered: true };
      tl.setItems(new DataSet<TimelineItem>([]));
      tl.setGroups(new DataSet(lanes.map((l) => ({ id: l.id, content: '', label: l.label, order: l.order }))));
      const w = window ?? fullRange(index) ?? current();
      showWindow(w);
    },
    setWindow(window: VisibleWindow | null) {
      const w = window ?? fullRange(index);
      if (!w) return;
      const now = current();
      if (Math.abs(now.start.getTime() - w.start.getTime()) < 1000 && Math.abs(now.end.getTime() - w.end.getTime()) < 1000) return;
      showWindow(w);
    },
    setSelected(id: string | null) {
      selected = id;
      applySelection();
    },
    /** factor > 1 zooms out, < 1 zooms in, around the given event (a focused one) or else the centre. */
    zoom(factor: number, aroundEventId?: string) {
      const { start, end } = current();
      const anchor = [...shown.values()].find((i) => i.view.kind === 'event' && i.view.eventId === aroundEventId);
      const mid = anchor ? (anchor.start.getTime() + (anchor.end ?? anchor.start).getTime()) / 2 : (start.getTime() + end.getTime()) / 2;
      const half = ((end.getTime() - start.getTime()) * factor) / 2;
      byUser({ start: new Date(mid - half), end: new Date(mid + half) });
    },
    /** Moves by a fraction of the visible width; negative is earlier. */
    pan(fraction: number) {
      const { start, end } = current();
      const d = (end.getTime() - start.getTime()) * fraction;
      byUser({ start: new Date(start.getTime() + d), end: new Date(end.getTime() + d) });
    },
    fit() {
      const w = fullRange(index);
      if (w) byUser(w);
    },
    zoomToCluster(id: string) {
      const item = shown.get(id);
      if (item?.end) byUser({ start: item.start, end: item.end });
    },
    destroy() {
      tl.destroy();
    },
  };
}

export type TimelineController = ReturnType<typeof createTimelineController>;
