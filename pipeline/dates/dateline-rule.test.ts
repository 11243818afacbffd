import { expect, test } from 'vitest';
import { segmentSentences } from '../sentences/segment-sentences';
import { resolveDates } from './resolve-dates';

/** Dates found in text published on `published`, as [words, start, end, precision]. */
const datesIn = (text: string, published: string) => resolveDates(text, segmentSentences(text), published).map((d) => [d.text, d.date.start, d.date.end, d.date.precision]);

test('a dateline is the day the report was filed or the day before, not a day of its own', () => {
  expect(datesIn('Kabul, Mar 14: The council has turned down the offer of talks.', '2024-03-14')).toEqual([['Mar 14', '2024-03-13', '2024-03-14', 'approximate']]);
  expect(datesIn('Vienna [Austria], March 3 : The agency accused the operator of hiding the damage.', '2024-03-03')).toEqual([['March 3', '2024-03-02', '2024-03-03', 'approximate']]);
  expect(datesIn('OSLO, 9 May 2024 (NTB) - Norway pledged new funds.', '2024-05-09')).toEqual([['9 May 2024', '2024-05-08', '2024-05-09', 'approximate']]);
  // A dateline of late December in a January paper is of the year before.
  expect(datesIn('Geneva, Dec 31: Talks ended without a deal.', '2025-01-01')).toEqual([['Dec 31', '2024-12-30', '2024-12-31', 'approximate']]);
});

test('negative: a day after a place that opens no dateline is an ordinary date', () => {
  // No colon or dash closes it: a place and a day told in the sentence.
  expect(datesIn('Geneva, March 3, was where the envoys met.', '2024-03-20')).toEqual([['March 3', '2024-03-03', '2024-03-03', 'day']]);
  // A dash between two days is a span, no dateline's close.
  expect(datesIn('Geneva, March 3-4 saw two rounds of talks.', '2024-03-20').some((d) => d[3] === 'approximate')).toBe(false);
  // Not at the start of its sentence.
  expect(datesIn('The envoys met in Geneva, March 3: a short meeting.', '2024-03-20')).toEqual([['March 3', '2024-03-03', '2024-03-03', 'day']]);
});
