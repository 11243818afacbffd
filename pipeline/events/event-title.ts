import { COUNTRY_LABELS, EVENT_TYPES, type EventType, type Person } from '../../src/shared/schema';
import { CONTACT_TYPES } from './event-cues';

export function countryLabel(code: string): string {
  return COUNTRY_LABELS[code] ?? code;
}

/** Names of states that read as descriptions take the article in a sentence: "a statement on the United States". */
const TAKES_THE = /^(?:United|Holy) /;

function countryInText(code: string): string {
  const label = countryLabel(code);
  return TAKES_THE.test(label) ? `the ${label}` : label;
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

/** A verb as [third person singular, base]: the base serves planned events ("to appeal") and plural subjects. */
type Verb = readonly [string, string];

/**
 * How the title of a verbal event names whom or what it concerns: `verb` and `to` join the counterpart ("appeals
 * to India"), `alone` is the title without one. For a contact (mediation, negotiation, hosting) the counterpart is
 * the other people it names, else the other states. For the rest the other people are co-subjects ("X and Y
 * criticise ..."), and the states are the ones the clause names after the verb: they are what it is about, not
 * always its target, so criticism is "over" a state and accusations and threats "concerning" one, never "accuses
 * Russia" on the strength of a country named nearby.
 */
const ADDRESSED: Partial<Record<EventType, { verb: Verb; to: string; alone: Verb }>> = {
  appeal: { verb: ['appeals', 'appeal'], to: 'to', alone: ['makes an appeal', 'make an appeal'] },
  intent_to_cooperate: { verb: ['offers', 'offer'], to: 'to cooperate with', alone: ['offers to cooperate', 'offer to cooperate'] },
  host_visit: { verb: ['hosts', 'host'], to: '', alone: ['hosts a visit', 'host a visit'] },
  mediation: { verb: ['mediates', 'mediate'], to: 'with', alone: ['mediates', 'mediate'] },
  negotiation: { verb: ['negotiates', 'negotiate'], to: 'with', alone: ['holds negotiations', 'hold negotiations'] },
  demand: { verb: ['makes demands', 'make demands'], to: 'concerning', alone: ['makes demands', 'make demands'] },
  condemnation: { verb: ['voices criticism', 'voice criticism'], to: 'over', alone: ['voices criticism', 'voice criticism'] },
  accusation: { verb: ['makes accusations', 'make accusations'], to: 'concerning', alone: ['makes accusations', 'make accusations'] },
  threat: { verb: ['makes threats', 'make threats'], to: 'concerning', alone: ['makes threats', 'make threats'] },
  reduce_relations: { verb: ['reduces relations', 'reduce relations'], to: 'with', alone: ['reduces relations', 'reduce relations'] },
  sanctions: { verb: ['imposes sanctions', 'impose sanctions'], to: 'on', alone: ['imposes sanctions', 'impose sanctions'] },
};

/** A short neutral title from the event's facts only ("Marco Rubio speaks with S. Jaishankar by phone"). */
export function eventTitle(e: TitleInput, people: Map<string, Person>): string {
  const title = titleOf(e, people);
  // "the United States makes a statement": a title starts with a capital.
  return `${title.charAt(0).toUpperCase()}${title.slice(1)}`;
}

function titleOf(e: TitleInput, people: Map<string, Person>): string {
  const names = e.actors.map((id) => people.get(id)?.name ?? id);
  const [first, ...rest] = names;
  const others = list(rest);
  const own = new Set(e.actors.map((id) => people.get(id)?.country));
  // The others involved: not the acting state, nor the actors' own countries.
  const otherCountries = e.countries.filter((c) => c !== e.agent && !own.has(c));
  const countries = list(otherCountries.map(countryInText));
  const agent = e.agent ? countryInText(e.agent) : null;
  const who = first ?? agent ?? 'Unnamed party';
  const will = e.planned ? 'to ' : '';
  const v = (present: string, base: string) => (e.planned ? `${will}${base}` : present);
  const label = EVENT_TYPES[e.type].label;
  const contact = CONTACT_TYPES.has(e.type);
  // Outside a contact every named person is a subject: "Donald Trump and JD Vance make a statement".
  const subjects = contact ? who : list(names) || who;
  const plural = !contact && names.length > 1;
  const say = ([present, base]: Verb) => (plural && !e.planned ? base : v(present, base));
  const counterpart = contact ? others || countries : countries;
  const addressed = ADDRESSED[e.type];
  if (addressed && (first || agent)) {
    if (!counterpart) return `${subjects} ${say(addressed.alone)}`;
    // Mediation names both parties when it has two or more ("mediates between India and Pakistan").
    const between = e.type === 'mediation' && (others ? rest.length > 1 : otherCountries.length > 1);
    const to = between ? 'between' : addressed.to;
    return `${subjects} ${say(addressed.verb)} ${to ? `${to} ` : ''}${counterpart}`;
  }
  switch (e.type) {
    case 'phone_call':
      return others ? `${who} ${v('speaks', 'speak')} with ${others} by phone` : `${who} ${v('holds', 'hold')} phone calls${countries ? ` (${countries})` : ''}`;
    case 'meeting':
      return others ? `${who} ${v('meets', 'meet')} ${others}` : `${who} ${v('holds', 'hold')} a meeting`;
    case 'visit':
      return `${who} ${v('visits', 'visit')}${e.place ? ` ${e.place}` : ''}`;
    case 'statement': {
      const on = countries ? ` on ${countries}` : '';
      if (e.channel === 'press_briefing') return `${subjects} ${say(['speaks', 'speak'])}${on} at a press briefing`;
      if (e.channel === 'social_media') return `${subjects} ${say(['posts', 'post'])}${countries ? ` about ${countries}` : ''} on social media`;
      return `${subjects} ${say(['makes', 'make'])} a statement${on}`;
    }
    case 'ceasefire':
      // With no person named, a ceasefire is between the states: "Ceasefire: India and Pakistan".
      if (!first) return `${label}: ${list(e.countries.map(countryInText)) || 'Unnamed parties'}`;
      return `${label}: ${[who, others].filter(Boolean).join(', ')}${countries ? ` (${countries})` : ''}`;
    case 'terrorist_attack':
    case 'military_action':
      return `${label}${first || agent ? ` by ${first ?? agent ?? ''}` : ''}${e.place ? ` in ${e.place}` : ''}`;
    default:
      return `${label}: ${[who, others].filter(Boolean).join(', ')}${countries ? ` (${countries})` : ''}`;
  }
}
