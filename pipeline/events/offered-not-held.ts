import type { EventType } from '../../src/shared/schema';
import type { Range } from '../types';
import { BE_BEFORE_READY, READINESS_NOUNS, READY_WORDS } from '../lexicon/act-verbs';
import { OCCURRENCE_NOUN } from '../dates/noun-dates';

/**
 * Rule "an act offered, not held": a sitting, a call, a visit or a truce that the clause tells only as offered, wished,
 * unlikely or put off by a condition has not happened and is not planned (GUIDE: hypotheticals and unrealised
 * conditionals are no events). The offer, the readiness or the saying is an event of its own, read by its own cue
 * (offer-cues.ts). Read around the cue of the act:
 * - readiness before it: "was willing to meet Putin", "would be glad to meet Trump", "is open to a meeting", "was
 *   prepared to hold a phone call", and its opposite "is unlikely to meet", "in no hurry to meet", after a form of
 *   "be" ("happy to have met" tells a meeting held, "got ready for the summit on Friday" prepares a planned one);
 * - a noun of the offer before it: "reiterated his willingness to meet", "a Pakistani offer to hold talks", "his calls
 *   to agree to a ceasefire", "the idea of a three-way meeting", "an invitation to visit Moscow";
 * - a verb that blocks or shuns it: "has blocked any talks with him", "rejected direct talks with Kyiv";
 * - a condition after it, on a verb of "would", or one that is the only way on a "will": "Zelensky would meet Putin
 *   only if a ceasefire holds", "Kyiv will hold talks only after a truce";
 * - the act's own noun told as not planned or not come about: "a call between the two was not planned", "a summit is
 *   not on the agenda", "a meeting planned for the summit could not take place".
 */
const OFFERED_TYPES: ReadonlySet<EventType> = new Set<EventType>(['meeting', 'negotiation', 'phone_call', 'visit', 'host_visit', 'ceasefire']);

/**
 * The words of the act offered before its cue, up to eight with no stop between ("willingness to meet with Russian
 * President Putin to negotiate"), none of them a perfect ("to have met") or a word that opens another clause.
 */
const LEAD_IN = String.raw`\s+(?:(?!(?:have|having|had|and|but|or|then|that|which|who|when|while|after|before|as)\b)[\p{L}'’-]+\s+){0,8}?$`;
const READY_BEFORE = new RegExp(String.raw`(?:${BE_BEFORE_READY}(?:${READY_WORDS}|unlikely|reluctant|loath)|\bin\s+no\s+hurry)\s+(?:to|for)${LEAD_IN}`, 'iu');
const OFFER_NOUN_BEFORE = new RegExp(String.raw`\b(?:${READINESS_NOUNS}|desire|eagerness|wish|offers?|proposals?|invitations?|calls|appeals?|pleas?|bids?|push|suggestions?|ideas?|requests?)\s+(?:[\p{L}-]+\s+){0,2}?(?:to|for|of)${LEAD_IN}`, 'iu');
/** A sitting someone blocks, rejects or avoids ("Zelensky has blocked any talks with him") is not held either. */
const BLOCKED_BEFORE = /\b(?:block|obstruct|prevent|thwart|sabotag|derail|torpedo|spurn|shun|avoid|resist|reject)(?:s|e|es|ed|ing)?\s+(?:(?:any|all|the|further|direct|such|new|peace|his|her|their|its)\s+)?(?:(?!(?:of|after|before|at|in|on|during|following|since|with|from|to|for|by)\b)[\p{L}-]+\s+){0,2}?$/iu;
const OFFERED_REACH = 120;

/**
 * "would meet Putin ... only if", "will hold talks only once a truce holds": the act on a "would" and any condition
 * later in its sentence, or on a "will" and a condition that makes it the only way ("will meet him if he comes" on a
 * day stays a plan).
 */
const WOULD_BEFORE = /\bwould\s+(?:(?:only|still|gladly|happily|be\s+(?:ready|willing|able)\s+to)\s+)?$/i;
const CONDITION_AFTER = /^[^.;]{0,80}?\b(?:only\s+(?:if|once|after|when)|if|unless|provided(?:\s+that)?|on\s+condition|as\s+long\s+as)\b/i;
const WILL_BEFORE = /\bwill\s+(?:only\s+)?$/i;
const ONLY_CONDITION_AFTER = /^[^.;]{0,80}?\b(?:only\s+(?:if|once|after|when)|unless|provided(?:\s+that)?|on\s+condition)\b/i;

/** The act's noun at the start of its cue, and its clause telling it is not planned or did not come about. */
const STARTS_WITH_NOUN = new RegExp(String.raw`^(?:(?:an?|the|any)\s+)?(?:[\w-]+\s+){0,2}?${OCCURRENCE_NOUN}\b`, 'i');
const NOT_COME_ABOUT = /^[^.;]{0,80}?\b(?:(?:is|was|are|were)\s+not\s+(?:planned|scheduled|expected|envisaged|on\s+the\s+(?:agenda|cards|table))|(?:is|was|are|were)n['’]t\s+(?:planned|scheduled|expected|on\s+the\s+(?:agenda|cards|table))|(?:is|was|are|were)\s+(?:unlikely|off\s+the\s+table)|(?:could|did|would)\s+not\s+(?:take\s+place|happen|go\s+ahead|materiali[sz]e|occur)|(?:could|did|would)n['’]t\s+(?:take\s+place|happen|go\s+ahead|materiali[sz]e|occur)|never\s+(?:took\s+place|happened|materiali[sz]ed))\b/i;

export function isOfferedNotHeld(body: string, clause: Range, segment: Range, at: Range & { type: EventType }): boolean {
  if (!OFFERED_TYPES.has(at.type)) return false;
  const before = body.slice(Math.max(segment.start, at.start - OFFERED_REACH), at.start);
  if (READY_BEFORE.test(before) || OFFER_NOUN_BEFORE.test(before) || BLOCKED_BEFORE.test(before)) return true;
  const after = body.slice(at.end, Math.max(at.end, clause.end));
  // The cue's own words may open on the auxiliary ("would travel to").
  const words = body.slice(at.start, at.end);
  const would = WOULD_BEFORE.test(before) || /^would\s/i.test(words);
  const will = WILL_BEFORE.test(before) || /^will\s/i.test(words);
  if ((would && CONDITION_AFTER.test(after)) || (will && ONLY_CONDITION_AFTER.test(after))) return true;
  return STARTS_WITH_NOUN.test(words) && NOT_COME_ABOUT.test(after);
}
