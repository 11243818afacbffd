import { useEffect, useMemo, useRef } from 'react';
import { DataSet } from 'vis-data/esnext';
import { Timeline, type TimelineOptions } from 'vis-timeline/esnext';
import type { TimelineViewProps } from '../types';
import { toTimelineItem, type TimelineItem } from '../utils/to-timeline-items';

/** Article text must never be parsed as HTML: each item's label goes in through textContent. */
function renderItemAsText(item: TimelineItem): HTMLElement {
  const el = document.createElement('span');
  el.textContent = item.label;
  el.dataset.eventId = item.id;
  return el;
}

const OPTIONS: TimelineOptions = {
  stack: true,
  zoomKey: 'ctrlKey',
  orientation: 'top',
  showCurrentTime: false,
  template: renderItemAsText as TimelineOptions['template'],
  xss: { disabled: true },
};

/** The one wrapper around vis-timeline: created once, updated through its API, destroyed on unmount. */
export function TimelineView({ events, selectedId, onSelect }: TimelineViewProps) {
  const container = useRef<HTMLDivElement>(null);
  const timeline = useRef<Timeline | null>(null);
  const items = useMemo(() => events.map(toTimelineItem), [events]);

  useEffect(() => {
    if (!container.current) return;
    const tl = new Timeline(container.current, new DataSet<TimelineItem>([]), OPTIONS);
    timeline.current = tl;
    return () => {
      tl.destroy();
      timeline.current = null;
    };
  }, []);

  useEffect(() => {
    const tl = timeline.current;
    if (!tl) return;
    tl.setItems(new DataSet(items));
    if (items.length) tl.fit({ animation: false });
  }, [items]);

  const onSelectRef = useRef(onSelect);
  useEffect(() => {
    onSelectRef.current = onSelect;
  }, [onSelect]);
  useEffect(() => {
    const tl = timeline.current;
    if (!tl) return;
    const handler = (props: { items: (string | number)[] }) => {
      onSelectRef.current(props.items[0] === undefined ? null : String(props.items[0]));
    };
    tl.on('select', handler);
    return () => {
      tl.off('select', handler);
    };
  }, []);
  useEffect(() => {
    timeline.current?.setSelection(selectedId ? [selectedId] : []);
  }, [selectedId, items]);

  return <div ref={container} data-testid="timeline" className="rounded border border-slate-200 dark:border-slate-800" />;
}
