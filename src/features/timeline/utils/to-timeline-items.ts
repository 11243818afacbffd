import type { TimelineEvent } from '../../../shared/schema';
import { EVENT_TYPES } from '../../../shared/schema/event-types';
import { describeEventDate, isExactDate } from './describe-event-date';
import { eventTypeClass } from './event-type-styles';

export interface TimelineItem {
  id: string;
  start: Date;
  end?: Date;
  type: 'box' | 'range';
  group?: string;
  /** Required by vis-timeline's types; never rendered, the template renders the label as text. */
  content: '';
  className: string;
  /** Inline CSS; only clusters have one (events take their colours from their type's class). */
  style?: string;
  /** What the template renders (as text) and what assistive technology reads. */
  view: ItemView;
}

export type ItemView =
  | { kind: 'event'; eventId: string; label: string; exact: boolean; accessibleName: string; tooltip: EventTooltip }
  | { kind: 'cluster'; count: number; accessibleName: string };

/** What a pointer resting on an event shows: its title, date and what happened, in its sources' words. */
export interface EventTooltip {
  title: string;
  date: string;
  summary: string | null;
}

/** One placement of an event on the timeline: its time span and its lane. Events with several lanes get several. */
export interface Placement {
  ev: TimelineEvent;
  lane: string;
  startMs: number;
  endMs: number;
}

/**
 * The instant a calendar day starts on the reader's clock. vis-timeline draws its axis in local time, so a day
 * must run from local midnight to the next local midnight to sit in its own column in every time zone (a day
 * is not always 24 hours long: daylight saving).
 */
export function startOfLocalDay(iso: string, plusDays = 0): number {
  const [y = 1970, m = 1, d = 1] = iso.split('-').map(Number);
  return new Date(y, m - 1, d + plusDays).getTime();
}

/** From the start of the first day to the start of the day after the last: the whole of every day it covers. */
export function placementTimes(ev: TimelineEvent): { startMs: number; endMs: number } {
  return { startMs: startOfLocalDay(ev.date.start), endMs: startOfLocalDay(ev.date.end, 1) };
}

/**
 * Every event covers its day(s): an exact date is a solid box over its one day, an uncertain one a dashed range
 * over every day it may fall on. Both are ranges, so no stem crosses the lanes below.
 */
export function toTimelineItem(p: Placement, withLanes: boolean): TimelineItem {
  const { ev } = p;
  const exact = isExactDate(ev);
  const item: TimelineItem = {
    id: withLanes ? `${ev.id}@${p.lane}` : ev.id,
    start: new Date(p.startMs),
    end: new Date(p.endMs),
    type: 'range',
    content: '',
    // Colours come with the type's class as custom properties, so the stylesheet can pick the light or dark fill.
    className: `tl-event ${eventTypeClass(ev.type)} ${exact ? 'tl-exact' : 'tl-uncertain'}`,
    view: {
      kind: 'event',
      eventId: ev.id,
      label: ev.title,
      exact,
      accessibleName: `${ev.title}. ${EVENT_TYPES[ev.type].label}, ${describeEventDate(ev)}`,
      tooltip: { title: ev.title, date: describeEventDate(ev), summary: ev.summary ?? null },
    },
  };
  if (withLanes) item.group = p.lane;
  return item;
}
