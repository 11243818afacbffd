import type { Person, TimelineEvent } from '../../../shared/schema';
import type { EventType } from '../../../shared/schema/event-types';

/** The event types in which officials meet or speak to each other (CAMEO 04 consult, and negotiation, mediation). */
export const CONTACT_TYPES: ReadonlySet<EventType> = new Set<EventType>(['phone_call', 'visit', 'host_visit', 'meeting', 'mediation', 'negotiation']);

export interface Official {
  id: string;
  name: string;
  country: string | null;
  /** Contact events this official took part in. */
  events: number;
}

/** Two officials, `a` before `b` in the officials' order, and the contact events they both took part in. */
export interface ContactPair {
  key: string;
  a: Official;
  b: Official;
  events: TimelineEvent[];
}

export interface Contacts {
  /** Grouped by country (countries in code order, unknown last), then most contacts first, then by name. */
  officials: Official[];
  /** Most events first; ties by the first official's place. */
  pairs: ContactPair[];
}

/** Whole calendar days, inclusive: an event is kept when any day it may fall on is inside. */
export interface DayWindow {
  from: string;
  to: string;
}

const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

export const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** Officials and their contacts among the given (already filtered) events, inside the time window if there is one. */
export function buildContacts(events: readonly TimelineEvent[], people: ReadonlyMap<string, Person>, window: DayWindow | null): Contacts {
  const officials = new Map<string, Official>();
  const byPair = new Map<string, TimelineEvent[]>();
  for (const ev of events) {
    if (!CONTACT_TYPES.has(ev.type)) continue;
    if (window && (ev.date.end < window.from || ev.date.start > window.to)) continue;
    const ids = [...new Set(ev.actors)].filter((id) => people.has(id));
    for (const id of ids) {
      let o = officials.get(id);
      const p = people.get(id);
      if (!o && p) officials.set(id, (o = { id, name: p.name, country: p.country, events: 0 }));
      if (o) o.events++;
    }
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++) {
        const key = pairKey(ids[i] ?? '', ids[j] ?? '');
        const list = byPair.get(key);
        if (list) list.push(ev);
        else byPair.set(key, [ev]);
      }
  }
  // Plain comparisons, not localeCompare: thousands of pairs at 50,000 events (bench/), and codes and names sort alike.
  const ordered = [...officials.values()].sort((x, y) => cmp(x.country ?? '~', y.country ?? '~') || y.events - x.events || cmp(x.name, y.name));
  const place = new Map(ordered.map((o, i) => [o.id, i]));
  const pairs: ContactPair[] = [];
  for (const [key, list] of byPair) {
    const [x = '', y = ''] = key.split('|');
    const [a, b] = (place.get(x) ?? 0) <= (place.get(y) ?? 0) ? [x, y] : [y, x];
    const oa = officials.get(a);
    const ob = officials.get(b);
    if (oa && ob) pairs.push({ key, a: oa, b: ob, events: list.sort((p, q) => cmp(p.date.start, q.date.start)) });
  }
  pairs.sort((p, q) => q.events.length - p.events.length || (place.get(p.a.id) ?? 0) - (place.get(q.a.id) ?? 0) || cmp(p.b.name, q.b.name));
  return { officials: ordered, pairs };
}

/** The window's days on the reader's clock (as the timeline draws them), or null for all time. */
export function toDayWindow(window: { start: Date; end: Date } | null): DayWindow | null {
  if (!window) return null;
  const day = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  return { from: day(window.start), to: day(new Date(window.end.getTime() - 1)) };
}
