import type { TimelineEvent } from '../../../shared/schema';
import { EVENT_TYPES } from '../../../shared/schema/event-types';
import { describeEventDate, isExactDate } from './describe-event-date';
import { EVENT_TYPE_COLOURS } from './event-type-colours';

export interface TimelineItem {
  id: string;
  start: Date;
  end?: Date;
  type: 'box' | 'range';
  group?: string;
  /** Required by vis-timeline's types; never rendered, the template renders the label as text. */
  content: '';
  className: string;
  style: string;
  /** What the template renders (as text) and what assistive technology reads. */
  view: ItemView;
}

export type ItemView =
  | { kind: 'event'; eventId: string; label: string; exact: boolean; accessibleName: string }
  | { kind: 'cluster'; count: number; accessibleName: string };

const DAY = 86_400_000;

/** One placement of an event on the timeline: its time span and its lane. Events with several lanes get several. */
export interface Placement {
  ev: TimelineEvent;
  lane: string;
  startMs: number;
  endMs: number;
}

export function placementTimes(ev: TimelineEvent): { startMs: number; endMs: number } {
  const startMs = Date.parse(`${ev.date.start}T00:00:00Z`);
  return { startMs, endMs: Date.parse(`${ev.date.end}T00:00:00Z`) + DAY };
}

/** Exact-day events are points; uncertain ones are ranges covering every day they may fall on. */
export function toTimelineItem(p: Placement, withLanes: boolean): TimelineItem {
  const { ev } = p;
  const exact = isExactDate(ev);
  const colour = EVENT_TYPE_COLOURS[ev.type];
  const item: TimelineItem = {
    id: withLanes ? `${ev.id}@${p.lane}` : ev.id,
    start: new Date(p.startMs),
    type: exact ? 'box' : 'range',
    content: '',
    className: `tl-event ${exact ? 'tl-exact' : 'tl-uncertain'}`,
    style: `border-color:${colour.stroke};background-color:${colour.tint};color:#0f172a`,
    view: {
      kind: 'event',
      eventId: ev.id,
      label: ev.title,
      exact,
      accessibleName: `${ev.title}. ${EVENT_TYPES[ev.type].label}, ${describeEventDate(ev)}`,
    },
  };
  if (!exact) item.end = new Date(p.endMs);
  if (withLanes) item.group = p.lane;
  return item;
}
