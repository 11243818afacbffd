import { compareCodeUnits as cmp } from '../../../shared/lib/compare-code-units';
import { localIsoDay } from '../../../shared/lib/format-date';
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
  /** Contact events between two or more of the officials (each counted once, however many pairs it links). */
  contactEvents: number;
}

/** Whole calendar days, inclusive: an event is kept when any day it may fall on is inside. */
export interface DayWindow {
  from: string;
  to: string;
}

export const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** A contact event with its officials (known people, each once), as the index holds it. */
interface IndexedEvent {
  ev: TimelineEvent;
  ids: string[];
}

/**
 * The contact events of one set of events, each with its officials, in date order: built once per set of events
 * (the filters make a new array; panning the timeline does not), so a new window only walks this list.
 */
const indexes = new WeakMap<readonly TimelineEvent[], WeakMap<ReadonlyMap<string, Person>, IndexedEvent[]>>();

function contactIndex(events: readonly TimelineEvent[], people: ReadonlyMap<string, Person>): IndexedEvent[] {
  let byPeople = indexes.get(events);
  if (!byPeople) indexes.set(events, (byPeople = new WeakMap()));
  let index = byPeople.get(people);
  if (index) return index;
  index = [];
  for (const ev of events) {
    if (!CONTACT_TYPES.has(ev.type)) continue;
    // A handful of actors at most: a list beats a Set for each of thousands of events.
    const ids: string[] = [];
    for (const id of ev.actors) if (people.has(id) && !ids.includes(id)) ids.push(id);
    if (ids.length) index.push({ ev, ids });
  }
  // Stable: events of the same day keep their order, as each pair lists them.
  index.sort((p, q) => cmp(p.ev.date.start, q.ev.date.start));
  byPeople.set(people, index);
  return index;
}

/** The last answer, so the view finds ready what prepareContacts worked out while the page was idle. */
let last: { events: readonly TimelineEvent[]; people: ReadonlyMap<string, Person>; from: string | null; to: string | null; contacts: Contacts } | null = null;

/** Officials and their contacts among the given (already filtered) events, inside the time window if there is one. */
export function buildContacts(events: readonly TimelineEvent[], people: ReadonlyMap<string, Person>, window: DayWindow | null): Contacts {
  const from = window?.from ?? null;
  const to = window?.to ?? null;
  if (last?.events === events && last.people === people && last.from === from && last.to === to) return last.contacts;
  const contacts = computeContacts(contactIndex(events, people), people, window);
  last = { events, people, from, to, contacts };
  return contacts;
}

/** Works out the contacts ahead of time (when the page is idle), so switching to the contacts view only draws them. */
export function prepareContacts(events: readonly TimelineEvent[], people: ReadonlyMap<string, Person>, window: { start: Date; end: Date } | null): void {
  buildContacts(events, people, toDayWindow(window));
}

function computeContacts(index: readonly IndexedEvent[], people: ReadonlyMap<string, Person>, window: DayWindow | null): Contacts {
  const officials = new Map<string, Official>();
  const byPair = new Map<string, TimelineEvent[]>();
  let contactEvents = 0;
  for (const { ev, ids } of index) {
    if (window && (ev.date.end < window.from || ev.date.start > window.to)) continue;
    for (const id of ids) {
      let o = officials.get(id);
      const p = people.get(id);
      if (!o && p) officials.set(id, (o = { id, name: p.name, country: p.country, events: 0 }));
      if (o) o.events++;
    }
    if (ids.length > 1) contactEvents++;
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
    // The index is in date order, so each pair's events already are.
    if (oa && ob) pairs.push({ key, a: oa, b: ob, events: list });
  }
  pairs.sort((p, q) => q.events.length - p.events.length || (place.get(p.a.id) ?? 0) - (place.get(q.a.id) ?? 0) || cmp(p.b.name, q.b.name));
  return { officials: ordered, pairs, contactEvents };
}

/** The window's days on the reader's clock (as the timeline draws them), or null for all time. */
export function toDayWindow(window: { start: Date; end: Date } | null): DayWindow | null {
  if (!window) return null;
  return { from: localIsoDay(window.start), to: localIsoDay(new Date(window.end.getTime() - 1)) };
}
