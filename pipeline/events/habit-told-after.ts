import type { Range } from '../types';

/**
 * Rule "a habit told after the verb" (round x18, the grid of non-events): "Pakistan has tested missiles before",
 * "Moscow has rejected such proposals in the past", "Ukraine has struck Russian refineries many times", "India has
 * expelled Pakistani diplomats five times since 2001": a perfect ("has", "have", "had", with "been" for a passive)
 * whose clause goes on to count its act or set it in an open past tells what someone has done of a kind, not an act
 * with a day (the key's background events need a date clue). The habit told before the verb ("has long accused",
 * "often meets") is clause-structure's isDescriptive; a count in the simple past with a day ("struck the city three
 * times on Tuesday") has no perfect and stays an act.
 */
const PERFECT_BEFORE = /\b(?:has|have|had)\s+(?:(?:also|already|itself|themselves|now)\s+)?(?:been\s+)?$/i;

/** A count of times or an open past, closing its clause or before "since" a year or the war ("five times since 2001", "three times since the war began"). */
const OPEN_PAST_AFTER = /\b(?:before|in\s+the\s+past|previously|(?:many|several|numerous|countless|multiple|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of|hundreds\s+of|\d+)\s+times|on\s+(?:several|many|numerous|multiple|previous|earlier)\s+occasions|time\s+and\s+(?:again|time)|again\s+and\s+again|throughout\s+the\s+(?:war|conflict)|over\s+the\s+(?:years|decades)|for\s+(?:years|decades))(?=\s*(?:[,.;:!?)]|$)|\s+since\s+(?:\d{4}|the\s+(?:war|conflict|full-scale\s+invasion|invasion)|then)\b)/i;

/** How far before the verb its perfect's auxiliary may stand ("has also been"). */
const AUXILIARY_REACH = 30;

export function isHabitToldAfter(body: string, segment: Range, at: Range): boolean {
  return PERFECT_BEFORE.test(body.slice(Math.max(segment.start, at.start - AUXILIARY_REACH), at.start)) && OPEN_PAST_AFTER.test(body.slice(at.end, segment.end));
}
