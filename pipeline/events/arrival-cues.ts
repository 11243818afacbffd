import type { VerbCue } from './event-cues';
import { MONTH_WRITTEN_OUT, WEEKDAY_WRITTEN_OUT } from '../lexicon/calendar-words';

/**
 * Arrivals (CAMEO 042 travel to): a journey told by its end. News tells a visit by the arrival as often as by the
 * visit ("touched down in Geneva on Sunday", "reached Washington", "flew into Kyiv"): whoever arrives in a place has
 * visited it, on the day the clause tells, planned where the arrival is ahead ("will land in Riyadh"). What arrives
 * without a visitor (jets, aid, troops) and a person arriving at home are no visit (no-visitor.ts).
 */

/** The place after the verb: a capitalised name, "the" allowed ("the United States"). */
const PLACE_AHEAD = String.raw`(?=(?:the\s+)?\p{Lu})`;
/**
 * Bodies, courts and days, not places one travels to ("reached the Security Council" is an appeal heard, not a journey;
 * "a deal reached Saturday" a day).
 */
const NOT_A_PLACE = String.raw`(?!(?:the\s+)?(?:UN|United\s+Nations|Security\s+Council|ICJ|International|Supreme|High\s+Court|Court|Parliament|Senate|Congress|${WEEKDAY_WRITTEN_OUT}|${MONTH_WRITTEN_OUT})\b)`;
/**
 * After "reached" the place is told whole and then the clause goes on: the end of the clause, a time, a purpose or a
 * place word ("reached Istanbul on Thursday", "reached the United States to present"), never a person reached.
 */
const PLACE_THEN_CLAUSE_GOES_ON = String.raw`(?=(?:the\s+)?\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2}(?:\s*[,.;]|\s*$|\s+(?:on|late|early|this|last|yesterday|today|tonight|for|to|ahead|after|in|from|at|where|with|amid|as)\b))`;

export const ARRIVAL_CUES: VerbCue[] = [
  // Rule "touched down": "touched down in Geneva on Sunday morning", "is due to touch down in Ankara", "will land in Riyadh".
  { name: 'touched-down', type: 'visit', re: new RegExp(String.raw`\b(?:touch(?:ed|es)\s+down|(?:will|would|to|shall)\s+(?:touch\s+down|land))\s+in\s+${PLACE_AHEAD}`, 'u') },
  // Rule "flew into": "flew into Kyiv on Saturday", "flew in to Kyiv", "will fly into Moscow".
  { name: 'flew-into', type: 'visit', re: new RegExp(String.raw`\bfl(?:ew|ies|y)\s+in(?:to|\s+to)\s+${PLACE_AHEAD}`, 'u') },
  // Rule "reached a place": "reached Istanbul on Thursday night", "reached the United States on Sunday to present ...".
  { name: 'reached-place', type: 'visit', re: new RegExp(String.raw`\b(?:reached|reaches|(?:will|would|to|shall)\s+reach)\s+${NOT_A_PLACE}${PLACE_THEN_CLAUSE_GOES_ON}`, 'u') },
  // Rule "is in a place for talks": "Witkoff is in Moscow for talks with Putin", "is currently in Ankara for meetings":
  // a person in a place for a sitting is visiting it now ("is in no hurry" names no place; the purpose is required).
  { name: 'in-place-for-talks', type: 'visit', re: /\b(?:is|are)\s+(?:(?:currently|now|already)\s+)?in\s+(?=\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?\s+(?:for\s+(?:talks|a\s+visit|an?\s+(?:[\w-]+\s+)?visit|meetings?|discussions|consultations|negotiations)|to\s+(?:meet|attend|sign|discuss|hold))\b)/u },
];
