import type { Range } from '../types';

/**
 * Rules of a perfect that tells a habit (round x18, the grid of non-events): what someone has done of a kind, with no
 * day, is no act on the timeline (the key's background events need a date clue). The habit told before the verb
 * without a perfect ("has long accused", "often meets") is clause-structure's isDescriptive; a count in the simple
 * past with a day ("struck the city three times on Tuesday") has no perfect and stays an act.
 */
const PERFECT_BEFORE = /\b(?:has|have|had)\s+(?:(?:also|already|itself|themselves|now)\s+)?(?:been\s+)?$/i;

/**
 * Rule "a perfect of always": "has consistently denied the allegations", "has always rejected the charge", "have
 * constantly accused", "has increasingly struck targets deep inside Russia": an adverb of every time, or of a trend,
 * between the perfect's auxiliary and its verb.
 */
const PERFECT_OF_ALWAYS_BEFORE = /\b(?:has|have|had)\s+(?:consistently|always|constantly|continually|continuously|persistently|invariably|routinely|increasingly|frequently|regularly|systematically)\s+(?:been\s+)?$/i;

/** "since 2001", "since then", "since the war began", "since the start of the year", "since the crisis erupted". */
const SINCE_OPEN = String.raw`since\s+(?:\d{4}\b|then\b|the\s+(?:[\p{L}-]+\s+){0,3}?(?:war|conflict|crisis|invasion|fighting|standoff|escalation|year)\b)`;

/**
 * Rule "a habit told after the verb": "Pakistan has tested missiles before", "Moscow has rejected such proposals in
 * the past", "Ukraine has struck refineries many times", "India has expelled diplomats five times since 2001": a
 * count of times or an open past, closing its clause or before "since".
 */
const OPEN_PAST_AFTER = new RegExp(String.raw`\b(?:before|in\s+the\s+past|previously|(?:many|several|numerous|countless|multiple|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of|hundreds\s+of|\d+)\s+times|on\s+(?:several|many|numerous|multiple|previous|earlier)\s+occasions|time\s+and\s+(?:again|time)|again\s+and\s+again|throughout\s+the\s+(?:war|conflict)|over\s+the\s+(?:years|decades)|for\s+(?:years|decades))(?=\s*(?:[,.;:!?)]|$)|\s+${SINCE_OPEN})`, 'iu');

/**
 * Rule "a count since": "Russia has launched thousands of drones at Ukrainian cities since the start of the year",
 * "has imposed 17 rounds of sanctions since 2022", "have killed more than 300 soldiers so far": a perfect whose object
 * is a number, over an open span, is a statistic of the war. Read from the verb, whose cue may take in its object.
 */
const COUNT_SINCE_AFTER = new RegExp(String.raw`^[\p{L}-]+(?:\s+(?:out|off|up|down))?\s+(?:(?:more\s+than|over|nearly|almost|about|around|some|at\s+least|well\s+over)\s+)?(?:\d[\d,.]*|thousands|hundreds|dozens|tens\s+of\s+thousands|scores)\b[^.;!?]*?\b(?:${SINCE_OPEN}|so\s+far|to\s+date|in\s+recent\s+(?:weeks|months|years))`, 'iu');

/**
 * "have exchanged thousands of prisoners since the start of the war, most recently in April": the last of the kind,
 * told with its date, is an act of its own; the clause is no habit alone.
 */
const MOST_RECENT_AFTER = /\b(?:most\s+recently|(?:the\s+)?latest\s+(?:on|in|of\s+them)|last\s+(?:on|in))\b/i;

/** How far before the verb its perfect's auxiliary may stand ("has also been", "has consistently been"). */
const AUXILIARY_REACH = 30;

export function isHabitOfAPerfect(body: string, segment: Range, at: Range): boolean {
  const before = body.slice(Math.max(segment.start, at.start - AUXILIARY_REACH), at.start);
  if (PERFECT_OF_ALWAYS_BEFORE.test(before)) return true;
  const after = body.slice(at.end, segment.end);
  if (MOST_RECENT_AFTER.test(after)) return false;
  return PERFECT_BEFORE.test(before) && (OPEN_PAST_AFTER.test(after) || COUNT_SINCE_AFTER.test(body.slice(at.start, segment.end)));
}
