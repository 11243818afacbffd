import type { Range } from '../types';

/**
 * Rule "not yet realised": an act put as a condition still open, as a mere possibility, or as what something would
 * make possible, has not happened and is not planned (GUIDE: hypotheticals and unrealised conditionals are no events).
 * The condition, the offer or the speech it is told in is an event of its own, read by its own cue.
 * - an open "until": "until Moscow agrees to a truce, the sanctions stay": the verb right after its subject is in the
 *   present, so the act is still awaited ("the shelling went on until Moscow agreed to a truce" told one that came);
 * - a possibility: "asked about the possibility of holding talks", "the prospect of a ceasefire", "the chance of a
 *   meeting": the act is weighed, not held;
 * - what something enables: "the deal would allow Washington to negotiate with Moscow", "to enable Kyiv to strike":
 *   the act is made possible, not done.
 */
/** Its subject a name or a pronoun, so that a noun cue right after "until" ("until talks began") is never taken for its verb. */
const OPEN_UNTIL = /\b[Uu]ntil\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){1,2}$|\b[Uu]ntil\s+(?:it|they|he|she|we)\s+$/u;
/** A verb in the present tense of a third-person subject ("agrees", "stops", "withdraws"), not a past ("agreed"). */
const PRESENT_VERB = /^\p{Ll}+(?<!s)s\b/u;
/** Nouns that weigh an act without telling it, then "of", then what opens the act's words ("holding", "a", "the"). */
const POSSIBILITY_OF = /\b(?:possibility|possibilities|prospects?|chances?|likelihood|feasibility|option|idea)\s+of\s+(?:(?:holding|having|starting|launching|resuming|reaching|agreeing|an?|the|any|direct|new|further|fresh|peace)\s+){0,3}$/i;
/** "allow X to", "enable X to", "let X": X's act is made possible. Up to four words of X. */
const ENABLED_TO = /\b(?:allow(?:s|ed|ing)?|enabl(?:e|es|ed|ing)|permit(?:s|ted|ting)?)\s+(?:[\p{L}.'’-]+\s+){1,4}to\s+$/u;
/** How far before the cue the words that make it a possibility may begin: a clause's subject and its modifiers. */
const REALISED_REACH = 60;

export function isNotYetRealised(body: string, from: number, at: Range): boolean {
  const before = body.slice(Math.max(from, at.start - REALISED_REACH), at.start);
  if (OPEN_UNTIL.test(before) && PRESENT_VERB.test(body.slice(at.start, at.end))) return true;
  return POSSIBILITY_OF.test(before) || ENABLED_TO.test(before);
}
