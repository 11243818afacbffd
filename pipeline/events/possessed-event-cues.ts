import type { VerbCue } from './event-cues';
import { CROSSING } from './measure-cues';

/**
 * Rule "a possessor's act": an event told by its noun with whose act it is before it, in the possessive ("Pakistan's
 * closure of its airspace", "Moscow's refusal to accept the truce", "Russia's rejection of the plan", "New Delhi's launch
 * of Operation Sindoor", "Kyiv's condemnation of the strike"). The possessor acts, as the subject of the verb the noun
 * stands for would; the noun's own words date it ("on April 24"), or a known event's name does. The cue is the noun
 * alone, looked back from to the possessor (a name or a state, then up to two modifiers: "Pakistan's sudden closure"),
 * so that the possessor stands before it as a subject does. Spliced into EVENT_NOUN_CUES.
 *
 * Not a noun with no possessor ("any closure of the airspace would hurt"), nor "refusal to comment", which turns down
 * a question, not a proposal: the verb after "refusal to" is one of accepting or taking part.
 */
export const POSSESSOR = String.raw`(?<=\p{Lu}[\p{L}.-]*['’]s\s+(?:[\p{Ll}-]+\s+){0,2}?)`;

/** The noun's own time between it and its "of" ("Kyiv's condemnation on Monday of the strike"): up to three words. */
const OWN_TIME = String.raw`(?:(?:on|last|this|earlier|late|early|in)\s+(?:[\p{L}\d-]+\s+){0,2}?)?`;

/** What a refusal turns down: accepting, agreeing, joining, signing, attending, halting, withdrawing, talking. */
const REFUSED_ACT = String.raw`(?:accept|agree|join|sign|attend|endorse|back|negotiate|halt|stop|cease|withdraw|pull\s+back|recogni[sz]e|allow|comply|engage|talk|meet|extend|observe|honou?r|hand\s+over|extradite|return|release|lift|reopen|restore|resume|take\s+part|participate)`;

/** An attack or an operation launched: "Operation Sindoor", "its offensive", "the strikes on Pakistan". */
export const LAUNCHED_FORCE = String.raw`(?:["“‘']?Operation\b|(?:[\p{L}-]+\s+){0,3}?(?:counter-?offensive|offensive|strikes|attacks?|invasion|incursion|assault|operation|campaign|raids?|bombardment)\b)`;

export const POSSESSED_EVENT_CUES: VerbCue[] = [
  // "Pakistan's closure of its airspace to Indian airlines", "India's shutting of the Attari crossing".
  { name: 'possessor-closed-crossing', type: 'reduce_relations', re: new RegExp(String.raw`${POSSESSOR}\b(?:closure|closing|shutting|shutdown|sealing)\s+${OWN_TIME}of\s+(?:its\s+|the\s+|their\s+)?(?:[\p{L}-]+\s+){0,2}?${CROSSING}\b`, 'iu') },
  // "Pakistan's expulsion of an Indian diplomat", "Delhi's expulsion of two staffers of the high commission".
  { name: 'possessor-expelled', type: 'expel', re: new RegExp(String.raw`${POSSESSOR}\bexpulsions?\s+${OWN_TIME}of\b`, 'u') },
  // "Russia's rejection of the 30-day truce", "Kyiv's dismissal of the memorandum", "Moscow's refusal to accept".
  { name: 'possessor-rejected', type: 'rejection', re: new RegExp(String.raw`${POSSESSOR}\b(?:rejection|dismissal|rebuff)\s+${OWN_TIME}of\b|${POSSESSOR}\brefusal\s+(?:[\p{L}-]+\s+){0,3}?to\s+${REFUSED_ACT}\b`, 'iu') },
  // "Kyiv's condemnation of the strike", "Islamabad's denunciation of the Indian claims".
  { name: 'possessor-condemned', type: 'condemnation', re: new RegExp(String.raw`${POSSESSOR}\b(?:condemnation|denunciation)\s+${OWN_TIME}of\b`, 'iu') },
  // "New Delhi's launch of Operation Sindoor", "Russia's launch of a new offensive": the attack of the one who launched it.
  { name: 'possessor-launched', type: 'military_action', re: new RegExp(String.raw`${POSSESSOR}\blaunch\s+${OWN_TIME}of\s+(?:the\s+|its\s+|their\s+|an?\s+)?${LAUNCHED_FORCE}`, 'iu') },
];
