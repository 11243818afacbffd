import type { PersonMention, Range } from '../types';
import { HALTED_BEFORE, INCIDENT_TYPES } from './event-cues';
import type { CueMatch } from './find-verbal-events';
import { isBackdropOfWords } from './backdrop-of-words';
import { isStandingCharge } from './standing-charge';
import { isCharacterisedContact } from './contact-characterised';
import { isNotYetRealised } from './not-yet-realised';
import { isPlanOfThePast } from './plan-of-the-past';
import { isOnlyWeighed } from './only-weighed';
import { isHabitOfAPerfect } from './habit-told-after';
import { isLeftOpen } from './indirect-questions';
import { fellThrough, isCalledOff, isDenied, isDescriptive, isIncidentAttribution, isNegatedOrHypothetical, isOnlyWishedFor, isTopicNoun, qualifiesNounBefore } from './clause-structure';
import { isToldNotToHappen } from './never-took-place';
import { isNoVisitor } from './no-visitor';
import { isRuledOutOrFailed } from './ruled-out-or-failed';
import { isOfferedNotHeld } from './offered-not-held';
import { isCallAnswered } from './calls-answered';

/** Where a cue is read: the article's body, its clause, the stretch of the clause around the cue, the people in the clause. */
export interface CueSetting {
  body: string;
  clause: Range;
  segment: Range;
  at: CueMatch;
  inClause: PersonMention[];
}

/** How far before an attack's verb the words that halt it may begin ("deter Russia from regrouping and launching"). */
const HALTED_REACH = 60;

/**
 * Cues that tell no act where they stand, one named rule each (its file says what it reads and why), in the order they
 * are tried; the first that holds drops the cue.
 */
const NO_ACT_HERE: readonly ((c: CueSetting) => boolean)[] = [
  // "deter Russia from regrouping and launching new attacks": an attack held back is none.
  ({ body, segment, at }) => INCIDENT_TYPES.has(at.type) && HALTED_BEFORE.test(body.slice(Math.max(segment.start, at.start - HALTED_REACH), at.start)),
  ({ body, clause, at }) => at.type === 'accusation' && isIncidentAttribution(body, clause.start, at),
  ({ body, segment, at }) => isNegatedOrHypothetical(body, segment.start, at),
  ({ body, segment, at }) => isNotYetRealised(body, segment.start, at),
  ({ body, clause, at }) => isOnlyWishedFor(body, clause.start, at),
  ({ body, segment, at }) => isRuledOutOrFailed(body, segment.start, at),
  ({ body, clause, at }) => isDenied(body, clause.start, at),
  ({ body, segment, at }) => isCalledOff(body, segment.start, at, segment.end),
  ({ body, clause, at }) => fellThrough(body, at, clause.end),
  ({ body, segment, at }) => isPlanOfThePast(body, segment.start, at),
  ({ body, segment, at }) => isOnlyWeighed(body, segment.start, at),
  ({ body, segment, at }) => isTopicNoun(body, segment.start, at),
  ({ body, segment, at }) => isDescriptive(body, segment.start, at),
  ({ body, segment, at }) => isHabitOfAPerfect(body, segment, at),
  ({ body, clause, at }) => isLeftOpen(body, clause, at),
  ({ body, segment, at }) => qualifiesNounBefore(body, segment.start, at),
  ({ body, at }) => isBackdropOfWords(body, at),
  ({ body, clause, at }) => isCharacterisedContact(body, clause, at),
  ({ body, at }) => (at.type === 'accusation' || at.type === 'rejection') && isStandingCharge(body, at),
  ({ body, clause, at }) => isToldNotToHappen(body, clause.start, at),
  // Rule "an act offered, not held" (offered-not-held.ts): "willing to meet Putin", "an offer to hold talks".
  ({ body, clause, segment, at }) => isOfferedNotHeld(body, clause, segment, at),
  // Rule "a call answered, not made" (calls-answered.ts): "rejected calls for a ceasefire" is no appeal of the subject.
  ({ body, segment, at }) => at.type === 'appeal' && isCallAnswered(body, segment.start, at),
  // Rule "what arrives is no visitor" (no-visitor.ts): jets, aid or troops arriving visit nowhere.
  ({ body, segment, at, inClause }) => at.type === 'visit' && isNoVisitor(body, segment.start, at, inClause),
];

/** Whether the cue tells no act where it stands (NO_ACT_HERE). */
export const isNoActHere = (c: CueSetting): boolean => NO_ACT_HERE.some((rule) => rule(c));
