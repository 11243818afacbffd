import { describe, expect, test } from 'vitest';
import { segmentSentences } from '../sentences/segment-sentences';
import { resolveDates } from './resolve-dates';

/**
 * The grid of dates read too narrowly or from the wrong anchor (round x20): a month with its year counted from the
 * paper's ("in May last year"), a count of days from a day rather than from a month told before it ("the previous
 * day"), and a weekday whose tense is its clause's, not that of a quotation after it. Sentences of our own, published
 * on the day each cell gives; each cell names the date words and the range they must have (or must not).
 */
function datesIn(text: string, published: string): [string, string, string][] {
  return resolveDates(text, segmentSentences(text), published).map((d) => [d.text, d.date.start, d.date.end]);
}

/** The ranges of the date words that hold `words` (the rules may keep "on", "in" with them). */
const rangesOf = (text: string, published: string, words: string) => datesIn(text, published).flatMap(([w, start, end]) => (w.toLowerCase().includes(words.toLowerCase()) ? [[start, end]] : []));

/** Cells whose date words must have the range: text, publication day, words, first and last day. */
function dated(cells: [string, string, string, string, string][]) {
  test.each(cells)('%s (%s): %s', (text, published, words, start, end) => {
    expect(rangesOf(text, published, words)).toContainEqual([start, end]);
  });
}

describe('rule "month-of-a-counted-year": a month with the year counted from the paper', () => {
  dated([
    ['The US first accused Moscow of using the gas in May last year.', '2025-07-04', 'May last year', '2024-05-01', '2024-05-31'],
    ['Kyiv expelled two Hungarian diplomats in early February last year.', '2025-07-04', 'early February last year', '2024-02-01', '2024-02-10'],
    ['The two delegations last sat down in March of this year, the ministry said.', '2025-07-04', 'March of this year', '2025-03-01', '2025-03-31'],
    ['Islamabad closed the crossing in late September last year.', '2025-05-14', 'late September last year', '2024-09-21', '2024-09-30'],
    ['India said in December, last year, that it had suspended the visas.', '2025-05-14', 'December, last year', '2024-12-01', '2024-12-31'],
    ['Moscow and Kyiv exchanged prisoners in August this year and again in October.', '2025-11-20', 'August this year', '2025-08-01', '2025-08-31'],
    ['The treaty is to be reviewed in January next year, officials said.', '2025-05-14', 'January next year', '2026-01-01', '2026-01-31'],
    ['Warsaw summoned the Russian envoy in mid-June last year over the sabotage.', '2025-03-10', 'mid-June last year', '2024-06-11', '2024-06-20'],
  ]);
  test('look-alikes keep their own reading', () => {
    // "last May" is the most recent May; a comma and "last year's" name another thing.
    expect(datesIn('Kyiv said Moscow had launched a similar offensive last May.', '2025-07-04')).toContainEqual(['last May', '2025-05-01', '2025-05-31']);
    expect(datesIn("In May, last year's champion withdrew from the talks.", '2025-07-04')).toContainEqual(['In May', '2025-05-01', '2025-05-31']);
    expect(datesIn('The envoy said in May that last year had been the hardest.', '2025-07-04')).toContainEqual(['in May', '2025-05-01', '2025-05-31']);
  });
});

describe('rule "days-count-from-a-day": a count of days counts from a day told before, not from a month', () => {
  dated([
    ['Kallas said on Tuesday that the next package would be ready next month. Her words followed a summit in Washington the previous day.', '2025-08-19', 'the previous day', '2025-08-18', '2025-08-18'],
    ['The ministry said on Friday the talks would resume next month. Drones had hit Odesa the previous evening.', '2025-05-16', 'the previous evening', '2025-05-15', '2025-05-15'],
    ['Sharif met Erdogan on Monday and promised to visit Ankara next month. The next day he flew to Baku.', '2025-05-28', 'The next day', '2025-05-27', '2025-05-27'],
  ]);
  test('a month still counts weeks ("two weeks later")', () => {
    expect(datesIn('The envoys met in early March. Two weeks later, they met again.', '2025-05-14')).toContainEqual(['Two weeks later', '2025-03-15', '2025-03-24']);
  });
  test('with no day before it, a count of days dates nothing rather than a day of a month', () => {
    expect(datesIn('Talks are due next month. Kyiv said the day before that it was ready.', '2025-05-14').filter(([w]) => /day before/i.test(w))).toEqual([]);
  });
});

describe('rule "a quotation keeps its tense": a weekday is read by its clause, not by a quotation after it', () => {
  dated([
    ['Trump posted on Wednesday: "I am speaking to Putin now and will report on it later."', '2025-10-17', 'Wednesday', '2025-10-15', '2025-10-15'],
    ['Zelensky wrote on Telegram on Monday: "We will never give up our land."', '2025-10-17', 'Monday', '2025-10-13', '2025-10-13'],
    ['On Thursday the minister told reporters, “Pakistan will respond at a time of its choosing.”', '2025-05-09', 'Thursday', '2025-05-08', '2025-05-08'],
    ['Peskov said on Tuesday: "Putin will decide."', '2025-06-05', 'Tuesday', '2025-06-03', '2025-06-03'],
  ]);
  test('a plan still looks ahead', () => {
    expect(rangesOf('On Friday, the ministers will meet in Geneva.', '2025-05-14', 'Friday')).toEqual([['2025-05-16', '2025-05-16']]);
    expect(rangesOf('Putin will travel to Ankara on Monday, "to talk peace," Peskov said.', '2025-05-14', 'Monday')).toEqual([['2025-05-19', '2025-05-19']]);
  });
});
