import type { Range } from '../types';

/**
 * Rule "ruled out or failed": an act its subject failed to bring about, ruled out, or says it has no interest in has
 * not happened and is not planned; a reader who saw it on the timeline would read the opposite of what the source
 * says ("failed to agree to a ceasefire" shown as a ceasefire). The failing, the ruling out or the refusal is told by
 * its own cue where it has one (a rejection).
 * - failing: "failed to agree to a truce", "fails to attend the talks" (but failing to stop or prevent an attack
 *   tells one that came: "failed to prevent the strike");
 * - ruling out: "ruled out a ceasefire or any direct talks with Kyiv", "rules out a meeting";
 * - no interest: "is not interested in holding talks with X", "no longer interested in a meeting".
 * Up to five words may stand between these words and the cue (the act's own verb and its modifiers: "agree to a",
 * "a ceasefire or any direct"), but none of the words that begin a phrase of time or place: "failed to agree to a
 * truce at their first talks" held the talks.
 */
const RULED_OUT_OR_FAILED = /\b(?:fail(?:s|ed|ing)?\s+to(?!\s+(?:stop|prevent|halt|avert|deter|repel|intercept)\b)|rul(?:e|es|ed|ing)\s+out|(?:not|no\s+longer)\s+(?:\w+ly\s+)?interested\s+in)\s+(?:(?!(?:at|in|during|after|before|on|following|since|when|while)\b)[\p{L}-]+\s+){0,5}$/iu;
/** How far before the cue these words may begin: one clause's words. */
const RULED_OUT_REACH = 80;

export function isRuledOutOrFailed(body: string, from: number, at: Range): boolean {
  return RULED_OUT_OR_FAILED.test(body.slice(Math.max(from, at.start - RULED_OUT_REACH), at.start));
}
