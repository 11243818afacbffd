import type { Range } from '../types';

/**
 * Rule "a plan of the past": "was supposed to meet Zelensky", "had been due to meet Lavrov on Friday", "had been
 * scheduled to travel", "was to have met", "were meant to sign": a plan told in the past perfect or with "supposed",
 * "meant" or "to have" says that it was made and, without a word that it then went ahead, that it did not happen.
 * Neither occurred nor still planned, it is no event (the GUIDE keys no unrealised plan). "was scheduled to meet on
 * Friday" alone is no such plan: a plain past of a schedule may be told of what then took place.
 * Up to two adverbs between the subject's verb and "to" ("had originally been due to").
 */
const PAST_PLAN_BEFORE = /\b(?:(?:was|were)\s+(?:\w+ly\s+)?(?:supposed|meant)\s+to|had\s+(?:\w+ly\s+){0,2}been\s+(?:\w+ly\s+)?(?:due|scheduled|set|expected|slated|planned|planning|supposed|meant|going|poised)\s+to|had\s+(?:\w+ly\s+)?(?:planned|intended|hoped|wanted)\s+to|(?:was|were)\s+to\s+have(?:\s+been)?)\s+$/i;
/** How far before the verb the words of the plan may begin. */
const PAST_PLAN_REACH = 50;

export function isPlanOfThePast(body: string, from: number, at: Range): boolean {
  return PAST_PLAN_BEFORE.test(body.slice(Math.max(from, at.start - PAST_PLAN_REACH), at.start));
}
