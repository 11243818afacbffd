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

test('rule "dateline-closes": a wire credit, a place in brackets, a full stop or a line of its own closes a dateline too', () => {
  // The agency's credit after the day, with no dash, and the story straight after it.
  expect(datesIn('Rome/Kyiv, March 3 (ANI) The two ministers spoke by phone.', '2024-03-03')).toEqual([['March 3', '2024-03-02', '2024-03-03', 'approximate']]);
  // The country in round brackets after the town, as in "Lahore (Pakistan), May 8 (LaPresse/AP) –".
  expect(datesIn('Bergen (Norway), March 3 (NTB/AP) – The ferry strike ended.', '2024-03-03')).toEqual([['March 3', '2024-03-02', '2024-03-03', 'approximate']]);
  // Cut off by its full stop before the agency's slashes, as in "MOSCOW, March 3. /TASS/.".
  expect(datesIn('OSLO, March 3. /TASS/. Norway summoned the envoy.', '2024-03-03')[0]).toEqual(['March 3', '2024-03-02', '2024-03-03', 'approximate']);
  // On a line of its own, with the reporter's name, or with the country, and the agency.
  expect(datesIn('Oslo, Kari Nordmann, March 3, AZERTAC\n\nNorway summoned the envoy.', '2024-03-03')).toEqual([['March 3', '2024-03-02', '2024-03-03', 'approximate']]);
  expect(datesIn('Bergen, Norway, March 3 (AFP)\n\nThe ferry strike ended.', '2024-03-03')).toEqual([['March 3', '2024-03-02', '2024-03-03', 'approximate']]);
});

test('negative: a day that goes on into its sentence, or a credit that names no agency, closes no dateline', () => {
  // The sentence goes on after the day with no dash, colon or agency: a place and a day told in it.
  expect(datesIn('Geneva, Norway, March 3 was the day the envoys met.', '2024-03-20')).toEqual([['March 3', '2024-03-03', '2024-03-03', 'day']]);
  // Words in brackets that are no agency, then the sentence: no dateline.
  expect(datesIn('Geneva, March 3 (the first round) went badly.', '2024-03-20')).toEqual([['March 3', '2024-03-03', '2024-03-03', 'day']]);
  // A day at the end of a sentence that is more than a place and a day.
  expect(datesIn('The envoys met in Geneva, March 3.', '2024-03-20')).toEqual([['March 3', '2024-03-03', '2024-03-03', 'day']]);
});
