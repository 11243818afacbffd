import type { Range } from '../types';

/**
 * Rule "a call answered, not made": "Russia rejected calls for a ceasefire", "Moscow has ignored repeated calls for an
 * unconditional truce", "Trump grew frustrated with Putin for ignoring his calls to agree to a ceasefire": "calls" or
 * "appeals" as the noun that a verb rejects, ignores or heeds (or that "despite" and "amid" set beside the news) are
 * other people's appeals, not an appeal by the clause's subject. The answer is an event of its own (the rejection);
 * the appeal, where the text says whose and when, is read where it is told as an act ("Kyiv called for a truce").
 */
const ANSWERED_BEFORE = /\b(?:reject(?:s|ed|ing)?|ignor(?:e|es|ed|ing)|dismiss(?:es|ed|ing)?|rebuff(?:s|ed|ing)?|resist(?:s|ed|ing)?|def(?:y|ies|ied|ying)|brush(?:es|ed|ing)?\s+aside|heed(?:s|ed|ing)?|answer(?:s|ed|ing)?|spurn(?:s|ed|ing)?|despite|amid|in\s+the\s+face\s+of)\s+(?:(?:the|his|her|their|its|these|those|such|repeated|growing|mounting|renewed|international|western|Western|several|many|fresh|earlier|recent|numerous)\s+){0,3}$/i;
/** The appeal cue's words as a noun: "calls for", "calls to", "appeals for". */
const CALLS_NOUN = /^(?:calls|appeals)\s/i;
const ANSWERED_REACH = 60;

export function isCallAnswered(body: string, from: number, at: Range): boolean {
  return CALLS_NOUN.test(body.slice(at.start, at.end)) && ANSWERED_BEFORE.test(body.slice(Math.max(from, at.start - ANSWERED_REACH), at.start));
}
