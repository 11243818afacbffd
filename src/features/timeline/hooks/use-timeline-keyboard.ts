import { useEffect, type RefObject } from 'react';
import type { TimelineController } from '../utils/timeline-controller';

/** Moves focus to the previous or next rendered item, in time order. */
function focusNeighbour(container: HTMLElement, from: HTMLElement, step: 1 | -1) {
  const els = Array.from(container.querySelectorAll<HTMLElement>('[data-event-id], [data-cluster]'));
  els.sort((a, b) => a.getBoundingClientRect().left - b.getBoundingClientRect().left);
  const next = els[els.indexOf(from) + step];
  next?.focus();
  return next !== undefined;
}

/**
 * Keyboard use of the timeline: + / - zoom, arrows pan (or move between items when one has focus),
 * 0 fits all, Enter or Space opens the focused event or zooms into a cluster, Escape clears the selection.
 */
export function useTimelineKeyboard(
  container: RefObject<HTMLElement | null>,
  controller: RefObject<TimelineController | null>,
  onSelect: RefObject<(id: string | null) => void>,
) {
  useEffect(() => {
    const el = container.current;
    if (!el) return;
    const onKey = (e: KeyboardEvent) => {
      const c = controller.current;
      if (!c || e.altKey || e.ctrlKey || e.metaKey) return;
      const target = e.target instanceof HTMLElement ? e.target : null;
      const eventId = target?.dataset.eventId;
      const cluster = target?.dataset.cluster;
      let handled = true;
      if ((e.key === 'Enter' || e.key === ' ') && eventId) onSelect.current(eventId);
      else if ((e.key === 'Enter' || e.key === ' ') && cluster) c.zoomToCluster(cluster);
      else if (e.key === '+' || e.key === '=') c.zoom(0.5, eventId);
      else if (e.key === '-' || e.key === '_') c.zoom(2, eventId);
      else if (e.key === '0') c.fit();
      else if (e.key === 'Escape') onSelect.current(null);
      else if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
        const step = e.key === 'ArrowLeft' ? -1 : 1;
        if (!(target && (eventId || cluster) && focusNeighbour(el, target, step))) c.pan(step * 0.2);
      } else handled = false;
      if (handled) e.preventDefault();
    };
    el.addEventListener('keydown', onKey);
    return () => {
      el.removeEventListener('keydown', onKey);
    };
  }, [container, controller, onSelect]);
}
