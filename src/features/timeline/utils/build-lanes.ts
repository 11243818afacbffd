import type { Person, TimelineEvent } from '../../../shared/schema';
import { CONFLICTS, type ConflictId } from '../../../shared/schema/conflicts';
import { countryName } from '../../../shared/lib/country-name';
import type { LaneMode } from '../types';

export interface Lane {
  id: string;
  /** Plain text; rendered with textContent. */
  label: string;
  order: number;
}

export const NO_LANE = '__none__';

/** The lanes an event belongs to: one by conflict, one per country, one per named official (or a catch-all lane). */
export function lanesOf(ev: TimelineEvent, mode: LaneMode): string[] {
  if (mode === 'none') return [NO_LANE];
  if (mode === 'conflict') return [ev.conflict];
  const keys = mode === 'country' ? ev.countries : ev.actors;
  return keys.length ? keys : [NO_LANE];
}

/** The lanes needed to show `events`, labelled and ordered (conflicts in their fixed order, others by name). */
export function buildLanes(events: TimelineEvent[], people: Person[], mode: LaneMode): Lane[] {
  // One lane even without lanes: vis-timeline loses items when groups are removed after use, so they never are.
  if (mode === 'none') return [{ id: NO_LANE, label: 'All events', order: 0 }];
  const ids = new Set<string>();
  for (const ev of events) for (const lane of lanesOf(ev, mode)) ids.add(lane);
  const byId = new Map(people.map((p) => [p.id, p]));
  const label = (id: string): string => {
    if (id === NO_LANE) return mode === 'country' ? 'No country' : 'No named official';
    if (mode === 'conflict') return CONFLICTS[id as ConflictId].label;
    if (mode === 'country') return countryName(id);
    const p = byId.get(id);
    return p ? (p.country ? `${p.name} (${p.country})` : p.name) : id;
  };
  const lanes = [...ids].map((id) => ({ id, label: label(id), order: 0 }));
  const conflictOrder = Object.keys(CONFLICTS);
  lanes.sort((a, b) =>
    a.id === NO_LANE ? 1 : b.id === NO_LANE ? -1 : mode === 'conflict' ? conflictOrder.indexOf(a.id) - conflictOrder.indexOf(b.id) : a.label.localeCompare(b.label),
  );
  lanes.forEach((l, i) => (l.order = i));
  return lanes;
}
