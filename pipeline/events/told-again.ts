import type { EventType } from '../../src/shared/schema';
import type { Range } from '../types';
import { INCIDENT_TYPES, STATE_MEASURES } from './event-cues';

/**
 * "the", "this", "these", "those" and up to four modifiers before the noun ("the combined missile and drone attack"),
 * none a verb that makes the noun its object ("the army launched strikes": "the" is the subject's).
 */
const DETERMINER_BEFORE = /(?:^|[^\p{L}])(?:the|this|these|those)\s+(?:(?!(?:launched|conducted|carried|mounted|staged|unleashed|imposed|announced|condemned|denounced|ordered|approved|hit|struck|said|says)\b)[\p{L}-]+\s+){0,4}$/iu;
/**
 * The cue's words are the noun of an attack or of a measure with its modifiers ("missile and drone attack"), not a verb
 * and its object ("The United States imposed new sanctions", "the army launched strikes": "the" is the subject's).
 */
const HAPPENING_NOUN = /^(?!(?:\p{L}+ed|hit|struck|shot|put|shut|conducts?|launch(?:es)?|carr(?:y|ies)|imposes?|unveils?|announces?)\b)(?:[\p{L}-]+\s+){0,3}?(?:attacks?|strikes?|airstrikes?|air\s+strikes?|assaults?|bombings?|bombardments?|shelling|barrages?|sanctions)\b/iu;
/** How far before the noun its determiner and modifiers may stand. */
const DETERMINER_REACH = 60;

/**
 * Rule "the attack told again": "The combined missile and drone attack on the city injured 72 more", "this Russian
 * strike on civilians", "The sanctions, unveiled by the Treasury, target ...": an attack or a state's measure named by
 * a definite article or a demonstrative refers back to the one the article has told; the fold within the article
 * joins it to that one (merge/fold-within-article.ts, toldBeforeOf). "a strike", "new sanctions" tell another.
 */
export function refersBackToHappening(body: string, type: EventType, at: Range, sentenceStart: number): boolean {
  if (!INCIDENT_TYPES.has(type) && !STATE_MEASURES.has(type)) return false;
  if (!HAPPENING_NOUN.test(body.slice(at.start, at.end))) return false;
  return DETERMINER_BEFORE.test(body.slice(Math.max(sentenceStart, at.start - DETERMINER_REACH), at.start));
}
