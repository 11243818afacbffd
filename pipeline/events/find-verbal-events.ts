import type { EventType } from '../../src/shared/schema';
import type { DateMention, PersonMention, Range } from '../types';
import { findCountries, type CountryMention } from './country-names';
import { CONTACT_TYPES, VERB_CUES } from './event-cues';
import { subjectBefore } from './find-reporter';

/** One event read from a clause, before it is dated, titled and placed in a conflict. */
export interface Found {
  type: EventType;
  at: Range;
  actors: string[];
  countries: string[];
  place: string | null;
  agent: string | null;
  addressee?: string | null;
  date: DateMention | null;
}

const VISITED = /^\s*(?:to\s+|in\s+)?(?:the\s+)?(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2})/u;

const inside = (r: Range, outer: Range) => r.start >= outer.start && r.end <= outer.end;
const uniq = <T>(xs: T[]) => [...new Set(xs)];

/** "India and Pakistan had agreed": every state joined by "and" or a comma to the subject state, in text order. */
function coordinated(body: string, named: CountryMention[], last: CountryMention | undefined): string[] {
  if (!last) return [];
  const out = [last];
  for (let i = named.indexOf(last) - 1; i >= 0; i--) {
    const prev = named[i];
    const head = out[0];
    if (!prev || !head || !/^\s*(?:,|and|,\s*and)\s*$/.test(body.slice(prev.end, head.start))) break;
    out.unshift(prev);
  }
  return out.map((c) => c.code);
}

/** The verbal event of a clause: its type by cue, its subject, and for contacts the other participants. */
export function findVerbalEvents(body: string, clause: Range, mentions: PersonMention[], dateAt: (at: Range, type: EventType) => DateMention | null): Found[] {
  const text = body.slice(clause.start, clause.end);
  // The main verb usually comes first after its subject: take the earliest cue, the more specific on a tie.
  const cue = VERB_CUES.map((c, rank) => ({ type: c.type, rank, m: c.re.exec(text) }))
    .filter((c) => c.m)
    .sort((x, y) => (x.m?.index ?? 0) - (y.m?.index ?? 0) || x.rank - y.rank)[0];
  if (!cue?.m) return [];
  const at = { start: clause.start + cue.m.index, end: clause.start + cue.m.index + cue.m[0].length };
  const inClause = mentions.filter((m) => inside(m, clause));
  const subject = subjectBefore(text, clause.start, at.start, inClause, 120);
  const named = findCountries(text).map((c) => ({ ...c, start: c.start + clause.start, end: c.end + clause.start }));
  // With no person as subject, a state can be one ("The White House on Tuesday expressed ...").
  const stateSubject = subject ? null : named.filter((c) => c.end <= at.start && at.start - c.end <= 40).pop();
  if (!subject && !stateSubject) return [];
  const objects = CONTACT_TYPES.has(cue.type) ? inClause.filter((m) => m.start >= at.end && m.personId !== subject?.personId) : [];
  const counterpartStates = named.filter((c) => c.start >= at.end);
  if (cue.type === 'phone_call' && objects.length === 0 && counterpartStates.length === 0) return [];
  const date = dateAt(at, cue.type);
  const countries = uniq([...coordinated(body, named, stateSubject ?? undefined), ...named.filter((c) => c.start >= at.start).map((c) => c.code)]);
  const addressee = named.find((c) => c.start >= at.end && /^\s*(?:on\s+|upon\s+)?$/.test(body.slice(at.end, c.start)))?.code ?? null;
  // "a visit to South Africa", "arrived in Riyadh": where a visit went.
  const place = cue.type === 'visit' ? (VISITED.exec(body.slice(at.end, clause.end))?.[1] ?? null) : null;
  const base = { type: cue.type, at, countries, place, agent: stateSubject?.code ?? null, addressee, date };
  const counterparts = uniq(objects.map((m) => m.personId));
  if (cue.type === 'phone_call' && subject && counterparts.length > 1) {
    // "X spoke with A and B": two bilateral calls.
    return counterparts.map((c) => ({ ...base, actors: [subject.personId, c] }));
  }
  return [{ ...base, actors: uniq([...(subject ? [subject.personId] : []), ...counterparts]) }];
}
