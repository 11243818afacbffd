import type { Range } from '../types';
import { HEADLINE_DUE_IN, HEADLINE_INFINITIVE_VERB } from '../lexicon/tense-words';

/**
 * Rule "a headline's plan": "Modi to visit Japan", "Erdogan set to host talks", "Lavrov, Rubio to meet in Geneva": a
 * sentence that opens with names (and "set", "due", "expected" for a dropped "is") then "to" and a verb announces what
 * is ahead. The event whose cue holds that verb (with or without its "to": "to host" is a cue of its own) is planned;
 * so is a visit told by "due in" or "expected in" right after the names ("Dar due in Beijing").
 */
export function isHeadlinePlan(body: string, sentenceStart: number, at: Range): boolean {
  // "Dar due in Beijing next week": the names, then the cue of being due somewhere.
  const due = HEADLINE_DUE_IN.exec(body.slice(sentenceStart, at.end));
  if (due && sentenceStart + (due[1]?.length ?? 0) === at.start) return true;
  const plan = HEADLINE_INFINITIVE_VERB.exec(body.slice(sentenceStart, at.end));
  if (!plan) return false;
  const verbEnd = sentenceStart + plan[0].length;
  const verbStart = verbEnd - (/\p{Ll}+$/u.exec(plan[0])?.[0].length ?? 0);
  return at.start <= verbStart && verbEnd <= at.end;
}
