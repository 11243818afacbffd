import { MONTH, WEEKDAY } from '../lexicon/calendar-words';

/** A day said by its weekday, its date or both ("Saturday", "May 10", "10 May", "Saturday, May 10"), with a part of it. */
const DAY = String.raw`(?:(?:${WEEKDAY})(?:,?\s+(?:\d{1,2}\s+${MONTH}|${MONTH}\s+\d{1,2}))?|\d{1,2}(?:st|nd|rd|th)?\s+${MONTH}|${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?)(?:,?\s+\d{4})?(?:\s+(?:night|morning|evening|afternoon))?`;

/**
 * Rule "a time inside an act's words": "agreed on May 10 to stop the firing", "the phone call on Wednesday between the
 * two presidents", "reached on Saturday an understanding": a time set between a verb (or an act's noun) and the words
 * that complete it does not break them. It stands between two words, the one after it in lower case (what goes on
 * with the act), so a time closing a clause ("met on Saturday. The ...") or opening a name is not one.
 */
export const TIME_INSIDE_AN_ACT = new RegExp(String.raw`(?<=\p{L})\s+(?:(?:late|early)\s+)?(?:on\s+${DAY}|last\s+(?:week|${WEEKDAY})|yesterday|overnight)(?=\s+\p{Ll})`, 'gu');

/** The clause with every time inside an act's words blanked, offsets kept: what the cues read a second time. */
export function withTimesInsideActsBlanked(text: string): string {
  return text.replace(TIME_INSIDE_AN_ACT, (m) => ' '.repeat(m.length));
}
