import { monthIndex } from '../lexicon/calendar-words';
import { NEWS_AGENCY } from '../lexicon/news-agencies';
import { addDays, isoOf, yearMonth } from './calendar';
import { MONTH, type PhraseRule } from './date-phrase';

/**
 * The place that opens a dateline ("New Delhi", "ISLAMABAD", "Moscow/New Delhi", "Moscow [Russia]", "Lahore (Pakistan)"),
 * at the very start of its sentence, then a comma; at most one more part of capitalised words and a comma, a country or
 * the reporter's name ("Kyiv, Ukraine, April 4", "Islamabad, Jane Roe, April 24"): only what stands after it is the
 * dateline's day.
 */
const PLACE = String.raw`^\s*[\p{Lu}][\p{L}.'’-]*(?:[\s/]+[\p{L}.'’-]+){0,3}(?:\s*(?:\[[^\]\n]{1,40}\]|\([^()\n]{1,40}\)))?,\s*(?:[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,2},\s*)?`;
/** The day, month first or day first, with or without a year: "Jun 28", "June 2", "11 August, 2025". */
const DAY = String.raw`(?:${MONTH}\.?\s+(\d{1,2})|(\d{1,2})\s+${MONTH}\.?)(?:,?\s+(\d{4}))?`;
/**
 * What closes a dateline (rule "dateline-closes"): a colon or a dash, an outlet's credit in brackets before it ("Jun 28
 * (PTI):"); not a dash between two days ("May 9-10" is a span). Or a news agency's credit right after the day, with or
 * without a dash ("May 5 (IANS) The minister said"), or the end of its sentence, which then holds nothing but the place,
 * the day and perhaps the agency: a dateline on a line of its own ("Islamabad, Jane Roe, April 24, AZERTAC") or cut off
 * by its full stop ("WASHINGTON, April 28. /TASS/. The ministry said").
 */
const CLOSE = String.raw`(?=\s*(?:\([^()\n]{1,40}\)\s*)?[:–—-](?!\s*\d)|\s*\(${NEWS_AGENCY}\b[^()\n]{0,40}\)|\.?(?:,?\s+${NEWS_AGENCY})?\s*$)`;

/**
 * "New Delhi, Jun 28: India has rejected ...": the dateline is the day the report was filed, not the day of what its
 * lead tells. Wire copy leads with the news of its filing day or of the day before (a statement of the evening before,
 * a strike overnight), so the dateline dates what it heads to those two days, approximate; a date the lead states for
 * its act ("Pakistan on Thursday put ...") stands nearer the verb and wins (event-date.ts).
 */
export const DATELINE_RULE: PhraseRule = {
  name: 'dateline',
  re: new RegExp(String.raw`(?<=${PLACE})${DAY}${CLOSE}`, 'gu'),
  resolve: (m, { published }) => {
    const month = monthIndex(m[1] ?? m[4] ?? '');
    const day = Number(m[2] ?? m[3]);
    const { year: pubYear } = yearMonth(published);
    // A dateline without its year is the publication's year, or the year before for a day after publication (late December).
    const stated = m[5] ? Number(m[5]) : null;
    const thisYear = isoOf(stated ?? pubYear, month, day);
    const filed = stated === null && thisYear !== null && thisYear > addDays(published, 1) ? isoOf(pubYear - 1, month, day) : thisYear;
    if (month === 0 || filed === null) return null;
    return { start: addDays(filed, -1), end: filed, precision: 'approximate', basis: m[5] ? 'explicit' : 'relative-phrase' };
  },
};
