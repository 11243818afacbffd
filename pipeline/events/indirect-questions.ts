import type { Range } from '../types';

/**
 * Rule "an indirect question" (round x18, the grid of non-events): "Much depends on whether Munir reins in the groups
 * India blames", "It is unclear whether Kyiv has accepted the plan", "Analysts wonder if Moscow will meet the
 * deadline", "It remains to be seen whether the two sides can agree": a verb inside a "whether" or "if" clause that
 * the story leaves open is asked, not told. Only after words of doubt: "asked whether X would meet Y, Z said" is a
 * question put to a teller (extract-events' QUESTION), and "said whether" or "decided whether" tell an answer.
 */
const LEFT_OPEN = /\b(?:depends?\s+on|depending\s+on|hinges?\s+on|unclear|not\s+(?:yet\s+)?clear|uncertain|unknown|(?:remains?|remained)\s+to\s+be\s+seen|wonder(?:s|ed|ing)?|the\s+question\s+(?:is|was|of)|(?:doubts?|questions?|debate|speculation)\s+(?:about|over|as\s+to)|no\s+(?:one|word\s+on)|(?:is|are|was|were)\s+(?:not\s+)?(?:sure|known))\s+(?:[\p{L}'’-]+\s+){0,2}?(?:whether|if)\b(?:(?![.;!?])[^])*$/iu;

/** How far before a verb the words of doubt may stand, in its own sentence. */
const LEFT_OPEN_REACH = 160;

export function isLeftOpen(body: string, clause: Range, at: Range): boolean {
  return LEFT_OPEN.test(body.slice(Math.max(clause.start, at.start - LEFT_OPEN_REACH), at.start));
}
