import type { EventType } from '../../src/shared/schema';
import { daysBetween } from '../dates/calendar';

/**
 * Incidents of the crises whose kind every reader of the news knows, so that stories name them by place or by day
 * alone ("a deadly attack in the town of Pahalgam", "the April 22 attack in Kashmir") without saying what kind of
 * attack they were. Like the gazetteer's offices with their dates, this is knowledge of the world, not of wording:
 * an attack named at one of these places, or on its day in its region, is this incident and of its kind.
 */
export interface KnownIncident {
  name: string;
  type: EventType;
  /** The day it happened (ISO). */
  day: string;
  /** Places that name it by themselves. */
  places: RegExp;
  /** The region that, with its day, names it ("the April 22 attack in Indian-administered Kashmir"). */
  region: RegExp;
}

export const KNOWN_INCIDENTS: KnownIncident[] = [
  // Gunmen killed 26 people, mostly tourists, in the Baisaran meadow near Pahalgam, Jammu and Kashmir.
  { name: 'pahalgam-attack', type: 'terrorist_attack', day: '2025-04-22', places: /\b(?:Pahalgam|Baisaran)\b/, region: /\b(?:Kashmir|Jammu)\b/ },
];

/**
 * The known incident an attack names: by its place, or by its day with its region named in the attack's own
 * complements ("in Indian-occupied Kashmir", up to the first punctuation). Only words for an attack on people name
 * one ("attack", "massacre", "killing"): strikes and shelling near the same places are the war's own.
 */
export function knownIncidentOf(words: { noun: string; place: string | null; complements: string; day: { start: string; end: string } | null }): KnownIncident | null {
  if (!ATTACK_ON_PEOPLE.test(words.noun)) return null;
  const own = words.complements.split(/[,.;:]/)[0] ?? '';
  return (
    KNOWN_INCIDENTS.find(
      (k) =>
        (words.place !== null && k.places.test(words.place)) ||
        (words.day !== null && holdsKnownDay(words.day, k.day) && (k.region.test(own) || (words.place !== null && k.region.test(words.place)))),
    ) ?? null
  );
}

/**
 * Rule 'known-incident-within-a-week': a day, or a span of at most a week (eight days, as weeks are counted from Sunday or Monday) that holds the incident's day ("an attack
 * last week in Kashmir" written the week after), names it with its region; a longer span ("last month") does not.
 */
const KNOWN_DAY_SPAN_DAYS = 7;
function holdsKnownDay(day: { start: string; end: string }, known: string): boolean {
  return day.start <= known && known <= day.end && daysBetween(day.start, day.end) <= KNOWN_DAY_SPAN_DAYS;
}

/** Nouns of an attack on people ("terror attack" too), not of a strike on a target. */
const ATTACK_ON_PEOPLE = /^(?:(?:terror(?:ist)?|militant)\s+)?(?:attacks?|massacre|killings?|shooting|assault)$/i;
