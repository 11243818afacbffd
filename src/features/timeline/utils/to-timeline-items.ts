import type { TimelineEvent } from '../../../shared/schema';

export interface TimelineItem {
  id: string;
  start: Date;
  end?: Date;
  type: 'box' | 'range';
  /** Plain text; the wrapper renders it with textContent, never as HTML. */
  label: string;
  /** Required by vis-timeline's types; never rendered, the template renders `label` as text. */
  content: '';
  className: string;
}

const DAY = 86_400_000;

/** Exact-day events are points; uncertain ones are ranges covering every day they may fall on. */
export function toTimelineItem(ev: TimelineEvent): TimelineItem {
  const start = new Date(`${ev.date.start}T00:00:00Z`);
  const exact = ev.date.precision === 'day' && ev.date.start === ev.date.end;
  const uncertainty = exact ? 'exact' : 'uncertain';
  return exact
    ? { id: ev.id, start, type: 'box', label: ev.title, content: '', className: `event-${ev.type} date-${uncertainty}` }
    : {
        id: ev.id,
        start,
        end: new Date(new Date(`${ev.date.end}T00:00:00Z`).getTime() + DAY),
        type: 'range',
        label: ev.title,
        content: '',
        className: `event-${ev.type} date-${uncertainty}`,
      };
}
