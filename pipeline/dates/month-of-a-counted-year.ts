import { monthIndex } from '../lexicon/calendar-words';
import { monthRange, partOfMonth, yearMonth } from './calendar';
import { isCapitalised, MONTH, type PhraseRule } from './date-phrase';

const YEAR_SHIFT: Record<string, number> = { last: -1, this: 0, next: 1 };
/** The part of the month a word before it picks out (days from, to), as the month rule reads "early May". */
const PART_OF_MONTH: Record<string, [number, number]> = { early: [1, 10], mid: [11, 20], late: [21, 31] };

/**
 * Rule "month-of-a-counted-year": a month named with the year counted from the paper's ("in May last year", "May of
 * last year", "in March this year", "late January next year"), that month of that year. Read apart, the month took
 * the paper's year (its "May" the May just gone) and the year words were left to date nothing: "The US first accused
 * Russia of using the gas in May last year" was dated to the week before a paper of July (u24). Runs before rule
 * "month-or-year" so that "last year" is read with its month.
 */
export const MONTH_OF_A_COUNTED_YEAR: PhraseRule = {
  name: 'month-of-a-counted-year',
  re: new RegExp(String.raw`\b(?:(early|mid|late)[- ](?:in\s+)?)?${MONTH},?\s+(?:of\s+)?(last|this|next)\s+year\b(?!['’]s)`, 'gi'),
  resolve: (m, { published }) => {
    const month = monthIndex(m[2] ?? '');
    if (!isCapitalised(m[2]) || month === 0) return null;
    const year = yearMonth(published).year + (YEAR_SHIFT[(m[3] ?? '').toLowerCase()] ?? 0);
    const part = PART_OF_MONTH[(m[1] ?? '').toLowerCase()];
    if (!part) return { ...monthRange(year, month), precision: 'month', basis: 'relative-phrase' };
    return { ...partOfMonth(year, month, part[0], part[1]), precision: 'approximate', basis: 'relative-phrase' };
  },
};
