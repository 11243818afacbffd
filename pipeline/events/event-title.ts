import { EVENT_TYPES, type EventType, type Person } from '../../src/shared/schema';
import { COUNTRIES } from '../lexicon/countries';

const COUNTRY_LABEL = new Map(COUNTRIES.map((c) => [c.code, c.label]));

export function countryLabel(code: string): string {
  return COUNTRY_LABEL.get(code) ?? code;
}

function list(names: string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
}

export interface TitleInput {
  type: EventType;
  actors: string[];
  countries: string[];
  planned: boolean;
  channel: string;
  place: string | null;
  /** The state that acted when no person is named ("The White House expressed", "Russia's strike"). */
  agent: string | null;
}

/** A short neutral title from the event's facts only ("Marco Rubio speaks with S. Jaishankar by phone"). */
export function eventTitle(e: TitleInput, people: Map<string, Person>): string {
  const names = e.actors.map((id) => people.get(id)?.name ?? id);
  const [first, ...rest] = names;
  const others = list(rest);
  const own = new Set(e.actors.map((id) => people.get(id)?.country));
  // The others involved: not the acting state, nor the actors' own countries.
  const countries = list(e.countries.filter((c) => c !== e.agent && !own.has(c)).map(countryLabel));
  const agent = e.agent ? countryLabel(e.agent) : null;
  const who = first ?? agent ?? 'Unnamed party';
  const will = e.planned ? 'to ' : '';
  const v = (present: string, base: string) => (e.planned ? `${will}${base}` : present);
  const label = EVENT_TYPES[e.type].label;
  switch (e.type) {
    case 'phone_call':
      return others ? `${who} ${v('speaks', 'speak')} with ${others} by phone` : `${who} ${v('holds', 'hold')} phone calls${countries ? ` (${countries})` : ''}`;
    case 'meeting':
      return others ? `${who} ${v('meets', 'meet')} ${others}` : `${who} ${v('holds', 'hold')} a meeting`;
    case 'visit':
      return `${who} ${v('visits', 'visit')}${e.place ? ` ${e.place}` : ''}`;
    case 'statement':
      if (e.channel === 'press_briefing') return `${who} ${v('speaks', 'speak')} at a press briefing`;
      if (e.channel === 'social_media') return `${who} ${v('posts', 'post')} on social media`;
      return `${who} ${v('makes', 'make')} a statement`;
    case 'ceasefire':
      // With no person named, a ceasefire is between the states: "Ceasefire: India and Pakistan".
      if (!first) return `${label}: ${list(e.countries.map(countryLabel)) || 'Unnamed parties'}`;
      return `${label}: ${[who, others].filter(Boolean).join(', ')}${countries ? ` (${countries})` : ''}`;
    case 'terrorist_attack':
    case 'military_action':
      return `${label}${first || agent ? ` by ${first ?? agent ?? ''}` : ''}${e.place ? ` in ${e.place}` : ''}`;
    default:
      return `${label}: ${[who, others].filter(Boolean).join(', ')}${countries ? ` (${countries})` : ''}`;
  }
}
