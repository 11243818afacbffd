import { describe, expect, test } from 'vitest';
import { segmentSentences } from '../sentences/segment-sentences';
import { dayListOf, listedDates } from './day-lists';
import { resolveDates } from './resolve-dates';

/** Sentences written for these tests. */
function datesIn(text: string, published: string) {
  return resolveDates(text, segmentSentences(text), published);
}
const days = (text: string, published: string) => datesIn(text, published).map((d) => [d.text, d.date.start, d.date.end]);
/** The dates an act told with the date `words` falls on, as [start, end]. */
function actDates(text: string, published: string, words: string) {
  const dates = datesIn(text, published);
  const d = dates.find((x) => x.text === words);
  if (!d) throw new Error(`no date "${words}" in: ${JSON.stringify(dates.map((x) => x.text))}`);
  return listedDates(text, dayListOf(text, dates, d)).map((x) => [x.date.start, x.date.end]);
}

describe('rule "list of days": the bare days of a list are days of the month it names once', () => {
  test('month first, with and without the comma before "and"', () => {
    expect(days('The envoys had spoken on June 3, 5, and 9, aides said.', '2025-06-12')).toEqual([['June 3', '2025-06-03', '2025-06-03'], ['5', '2025-06-05', '2025-06-05'], ['9', '2025-06-09', '2025-06-09']]);
    expect(days('Inspectors came on April 2 and 4.', '2025-04-10')).toEqual([['April 2', '2025-04-02', '2025-04-02'], ['4', '2025-04-04', '2025-04-04']]);
  });
  test('month last', () => {
    expect(days('The two generals talked on 6, 8 and 11 May.', '2025-05-12')).toEqual([['6', '2025-05-06', '2025-05-06'], ['8', '2025-05-08', '2025-05-08'], ['11 May', '2025-05-11', '2025-05-11']]);
  });
  test('not a range, not a count after the day, not falling numbers', () => {
    expect(days('The fair ran between May 10 and 12.', '2025-05-20').map((d) => d[0])).not.toContain('12');
    expect(days('On May 10 and 12 soldiers were hurt.', '2025-05-20').map((d) => d[0])).toEqual(['May 10']);
    expect(days('They met on May 14, 12 and 10 of them agreed.', '2025-05-20').map((d) => d[0])).toEqual(['May 14']);
  });
});

describe('an act told with a list of days happens on each of them', () => {
  test('days apart: one date each', () => {
    const text = 'The envoys had spoken on June 3, 5, and 9, aides said.';
    expect(actDates(text, '2025-06-12', 'June 3')).toEqual([['2025-06-03', '2025-06-03'], ['2025-06-05', '2025-06-05'], ['2025-06-09', '2025-06-09']]);
    // Weekdays two days apart are two days, not the days between them.
    const weekdays = 'The mayors met on Monday and Wednesday.';
    expect(actDates(weekdays, '2025-06-13', 'on Monday')).toEqual([['2025-06-09', '2025-06-09'], ['2025-06-11', '2025-06-11']]);
  });
  test('days that follow each other are one act over both; a lone day or a restated day is no list', () => {
    expect(days('The summit will take place on Tuesday and Wednesday in Rome.', '2025-06-13')).toEqual([['on Tuesday and Wednesday', '2025-06-17', '2025-06-18']]);
    expect(actDates('The fair opened on April 2 and 3.', '2025-04-10', 'April 2')).toEqual([['2025-04-02', '2025-04-03']]);
    expect(actDates('The fair opened on April 2, the first day of the season.', '2025-04-10', 'April 2')).toEqual([['2025-04-02', '2025-04-02']]);
    expect(actDates('The fair opened on Friday, May 9, not on May 8.', '2025-05-10', 'on Friday, May 9')).toEqual([['2025-05-09', '2025-05-09']]);
  });
});
