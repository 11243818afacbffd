import type { Range } from '../types';

/**
 * Rule "only weighed": "Erdogan is considering a visit to Kyiv", "the Kremlin mulls a new round of talks", "Washington
 * weighs a call with Moscow", "is exploring a meeting": an act its subject weighs is not done and not yet planned
 * (the GUIDE keys no possibility). The weighing verb in any tense, then up to two words of modifiers before the cue.
 */
const WEIGHED_BEFORE = /\b(?:consider(?:s|ed|ing)?|weigh(?:s|ed|ing)?|mull(?:s|ed|ing)?|ponder(?:s|ed|ing)?|contemplat(?:e|es|ed|ing)|explor(?:e|es|ed|ing)|eye(?:s|d|ing)?)\s+(?:(?:an?|the|another|possible|potential|proposed)\s+)*(?:[\w-]+\s+){0,2}?$/i;
const WEIGHED_REACH = 60;

export function isOnlyWeighed(body: string, from: number, at: Range): boolean {
  return WEIGHED_BEFORE.test(body.slice(Math.max(from, at.start - WEIGHED_REACH), at.start));
}
