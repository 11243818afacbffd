/**
 * Words of the calendar, once for the whole pipeline: the dates stage reads dates with them, ingest reads datelines,
 * events know a month is no place. Patterns are regex sources with one capturing group each.
 */
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
export const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

const capitalised = (w: string) => `${w.charAt(0).toUpperCase()}${w.slice(1)}`;
/** A month's name written out and capitalised ("April"); no group. */
export const MONTH_WRITTEN_OUT = `(?:${MONTH_NAMES.map(capitalised).join('|')})`;
/** A weekday's name written out and capitalised ("Friday"); no group. */
export const WEEKDAY_WRITTEN_OUT = `(?:${WEEKDAYS.map(capitalised).join('|')})`;

/** A month by name or abbreviation ("Sept", "Jan"); one capturing group. */
export const MONTH = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`;
/** A weekday written out; one capturing group. */
export const WEEKDAY = String.raw`(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`;
/** A weekday, possibly abbreviated ("Thurs", "Sat"); no group. */
export const WEEKDAY_ABBREVIATED = String.raw`(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?`;

/** 1-12 for a month name or abbreviation ("Sept." -> 9), 0 when it is none. */
export function monthIndex(name: string): number {
  return MONTH_NAMES.findIndex((m) => m.startsWith(name.toLowerCase().replace(/\.$/, '').slice(0, 3))) + 1;
}

/** True for a capitalised month or weekday name: such a word names a time, never a place or a person. */
export function isCalendarName(word: string): boolean {
  const w = word.toLowerCase();
  return /^\p{Lu}/u.test(word) && (MONTH_NAMES.includes(w) || WEEKDAYS.includes(w));
}

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, couple: 2, 'a couple of': 2, 'couple of': 2, few: 3, 'a few': 3, several: 4,
};
/** A count in digits or words ("two days", "a few weeks"); one capturing group. */
export const NUMBER = String.raw`(\d{1,3}|a couple of|couple of|a few|few|several|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;

/** A number written in digits or words; vague words ("few", "several") are marked so callers can widen ranges. */
export function parseNumber(word: string): { n: number; vague: boolean } {
  const w = word.toLowerCase();
  if (/^\d+$/.test(w)) return { n: Number(w), vague: false };
  return { n: NUMBER_WORDS[w] ?? 1, vague: /few|several|couple/.test(w) };
}
