import type { EventType } from '../../src/shared/schema';
import type { DateMention, PersonMention, Range } from '../types';
import { CONTACT_TYPES } from './event-cues';
import type { Found } from './find-verbal-events';

/**
 * Rule "the contact told by its relative clause": "a phone call last week in which Trump urged Putin to accept a truce",
 * "the talks on Monday, during which Umerov handed Medinsky a list": a call or a sitting named by its noun (a few words
 * of when or where after it), then "in which", "at which" or "during which" and a clause that names two or more people:
 * a contact of the people that clause names, up to its end (a comma, a semicolon or the sentence's end). One person
 * named ("the call, in which Putin agreed to ...") leaves the other side to the contact told before: no event here.
 */
const NOUN_WITH_RELATIVE = /\b((?:(?:phone|telephone|video)\s+)?(?:call|conversation)|meeting|talks|summit|negotiations)(?:\s+[\w-]+){0,4}?\s*,?\s*(?:in|at|during)\s+which\s+([^,;.!?]+)/gi;
const CALL = /call|conversation/i;
const MIN_PEOPLE = 2;

export function contactsWithRelativeClause(body: string, sentence: Range, mentions: PersonMention[], found: Found[], dateIn: (within: Range, at: Range, type: EventType) => DateMention | null, dates: DateMention[]): Found[] {
  const out: Found[] = [];
  for (const m of body.slice(sentence.start, sentence.end).matchAll(NOUN_WITH_RELATIVE)) {
    const start = sentence.start + m.index;
    const clause = { start: start + m[0].length - (m[2]?.length ?? 0), end: start + m[0].length };
    const people = [...new Set(mentions.filter((p) => p.start >= clause.start && p.end <= clause.end).flatMap((p) => [p.personId, ...(p.also ?? [])]))];
    if (people.length < MIN_PEOPLE) continue;
    const type: EventType = CALL.test(m[1] ?? '') ? 'phone_call' : /talks|negotiations/i.test(m[1] ?? '') ? 'negotiation' : 'meeting';
    const at = { start, end: start + (m[1]?.length ?? 0) };
    // The date words between the noun and "which" ("the talks on Monday, during which") are the contact's own.
    const date = dates.find((d) => d.start >= at.end && d.end <= clause.start) ?? dateIn(sentence, at, type);
    // The contact's own act told in the relative clause ("during which Umerov handed Medinsky a list") is the contact
    // itself, read already: undated, it takes the noun's date.
    const told = found.find((f) => CONTACT_TYPES.has(f.type) && people.every((a) => f.actors.includes(a)));
    if (told) {
      told.date ??= date;
      continue;
    }
    out.push({ type, at, actors: people, countries: [], place: null, agent: null, date });
  }
  return out;
}
