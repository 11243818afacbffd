import type { Range } from '../types';
import { OCCURRENCE_NOUN } from '../dates/noun-dates';

/**
 * Event nouns as the subject of their clause that the clause tells did not happen or is only hoped for.
 *
 * Rule "a noun told not to have happened": "the talks never began", "the meeting that never took place", "the summit
 * did not go ahead": a negation between an event noun and the verb of its occurrence, inside the cue's own words
 * (which the negations before a verb, clause-structure.ts, do not see, as the cue starts at the noun).
 *
 * Rule "a hope of talks": "Kyiv voiced hopes that talks will begin soon", "optimism that a meeting would take place":
 * the event noun after "hopes that" with a verb of what is to come is a hope, no plan of anyone's. Told in the past
 * ("hoped that the talks that began on Friday ...") it stays the talks held.
 */
const STARTS_WITH_EVENT_NOUN = new RegExp(String.raw`^(?:[\w-]+\s+){0,3}?${OCCURRENCE_NOUN}\b|^(?:ceasefire|truce)\b`, 'i');
const NEGATION = /\b(?:never|not|no\s+longer)\b|n['’]t\b/i;
const HOPE_THAT_BEFORE = /\b(?:hopes?|hoped|hoping|hopeful|optimism|optimistic|wish(?:es|ed)?|prayers?|expectations?)\s+(?:[\w'’-]+\s+){0,4}?that\s+(?:[\w'’-]+\s+){0,3}$/i;
const TO_COME = /\b(?:will|would|could|might|may|shall|to)\s+\w+/i;
const HOPE_REACH = 80;

/**
 * Rule "a noun told out of prospect" (round x20): "Lavrov said a meeting between Putin and Zelensky was not on the
 * agenda", "talks with Kyiv are off the table", "a summit is out of the question": the clause after an event noun tells
 * it is not to happen, in its own words up to the clause's end.
 */
const OUT_OF_PROSPECT = /^[^.;:!?]{0,80}?\b(?:is|was|are|were|remains?|remained)\s+(?:(?:not|no\s+longer)\s+(?:on\s+the\s+(?:agenda|table|cards)|planned|scheduled|expected|in\s+the\s+works|possible)|off\s+the\s+(?:table|agenda)|out\s+of\s+the\s+question|unlikely|ruled\s+out)\b/i;
const PROSPECT_REACH = 120;

export function isToldNotToHappen(body: string, from: number, at: Range): boolean {
  const words = body.slice(at.start, at.end);
  if (!STARTS_WITH_EVENT_NOUN.test(words)) return false;
  if (NEGATION.test(words)) return true;
  if (OUT_OF_PROSPECT.test(body.slice(at.end, at.end + PROSPECT_REACH))) return true;
  return TO_COME.test(words) && HOPE_THAT_BEFORE.test(body.slice(Math.max(from, at.start - HOPE_REACH), at.start));
}
