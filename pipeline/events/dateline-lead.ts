import type { Range } from '../types';

/**
 * Rule "the lead's present perfect": wire copy opens with a dateline, the place in capitals ("ISLAMABAD:", "NEW DELHI
 * (Reuters) -"), and tells the news it files in the present perfect ("Pakistan has
 * urged India to ...", "India has expelled a diplomat"). That act is the news of the day, the day of the paper or the
 * day before, not background of the month before: the present perfect there is the wire's tense for news just in. Only
 * the sentence the dateline opens, and "has" or "have" (a past perfect, "had urged", is still told as earlier). A
 * dateline with its day ("MOSCOW, May 13 (Reuters) -") is the dateline rule's (dates/dateline-rule.ts).
 */
const DATELINE = /^[\s"“]*\p{Lu}{2,}(?:[\s/-]+\p{Lu}{2,}){0,3}\s*(?:\([^()\n]{1,40}\)\s*)?[:–—-]\s/u;
/** "has urged", "have quietly expelled": the present perfect right before the verb. */
const PRESENT_PERFECT_BEFORE = /\b(?:has|have)\s+(?:(?:\p{Ll}+ly|also|now|already|again)\s+)*$/u;

/** Whether the verb at `at` is told in the present perfect in the sentence a dateline opens (read from its line's start). */
export function isDatelineLeadPerfect(body: string, sentence: Range, at: Range): boolean {
  const line = body.lastIndexOf('\n', sentence.start - 1) + 1;
  return !/[.!?]\s/.test(body.slice(line, sentence.start)) && DATELINE.test(body.slice(line, at.start)) && PRESENT_PERFECT_BEFORE.test(body.slice(sentence.start, at.start));
}
