import { describe, expect, test } from 'vitest';
import { segmentSentences } from '../sentences/segment-sentences';
import { resolveDates } from './resolve-dates';

/** Dates found in text published on `published`, as [words, start, end]. Sentences written for these tests. */
function datesIn(text: string, published: string) {
  return resolveDates(text, segmentSentences(text), published).map((d) => [d.text, d.date.start, d.date.end]);
}

describe('two days that open and close one span (rule span-of-days)', () => {
  test('"from the start of X ... through the end of Y" and "beginning on X and ending on Y" are the days from X to Y', () => {
    expect(datesIn('The pause will run from the start of March 4 and last through the end of March 6, the council said.', '2024-03-01')).toEqual([['March 4 and last through the end of March 6', '2024-03-04', '2024-03-06']]);
    expect(datesIn('The truce lasts three days, beginning on March 4 and ending on March 6.', '2024-03-01')).toEqual([['March 4 and ending on March 6', '2024-03-04', '2024-03-06']]);
    expect(datesIn('Talks ran from March 4 until March 6.', '2024-03-10')).toEqual([['March 4 until March 6', '2024-03-04', '2024-03-06']]);
  });

  test('"the end of" before a day is that day, not the end of its month', () => {
    expect(datesIn('The offer expires at the end of March 6.', '2024-03-01')).toEqual([['March 6', '2024-03-06', '2024-03-06']]);
  });

  test('negative: two days with no opener of a span stay two days', () => {
    expect(datesIn('Envoys met on March 4 and talked again on March 6.', '2024-03-10')).toEqual([['March 4', '2024-03-04', '2024-03-04'], ['March 6', '2024-03-06', '2024-03-06']]);
    expect(datesIn('The envoy arrived on March 4 and left through the back door on March 6.', '2024-03-10')).toEqual([['March 4', '2024-03-04', '2024-03-04'], ['March 6', '2024-03-06', '2024-03-06']]);
  });
});

describe('a night told with its news day (rule night-of-the-day)', () => {
  test('"overnight" beside the day it was reported is the night before that day', () => {
    // A Tuesday paper telling Monday's report: the night of Sunday into Monday, not of Monday into Tuesday.
    expect(datesIn('Officials said on Monday that drones had struck the port overnight.', '2024-03-26')).toEqual([['on Monday', '2024-03-25', '2024-03-25'], ['overnight', '2024-03-24', '2024-03-25']]);
    expect(datesIn('Missiles hit the city overnight, killing three, the governor said on March 20.', '2024-03-20')).toEqual([['overnight', '2024-03-19', '2024-03-20'], ['March 20', '2024-03-20', '2024-03-20']]);
  });

  test('negative: alone, or beside a day far from the report, the night is read from publication', () => {
    expect(datesIn('Drones struck the port overnight.', '2024-03-20')).toEqual([['overnight', '2024-03-18', '2024-03-20']]);
    expect(datesIn('Drones struck the port overnight, a week after the talks of March 11.', '2024-03-20')).toContainEqual(['overnight', '2024-03-18', '2024-03-20']);
  });
});

describe('a night told on the teller\'s day however far back (rule teller\'s-day)', () => {
  test('the day of a verb of saying, days before the paper, is the night\'s day', () => {
    expect(datesIn('Missiles hit the port overnight, the governor told reporters on March 15.', '2024-03-20')).toEqual([['overnight', '2024-03-14', '2024-03-15'], ['March 15', '2024-03-15', '2024-03-15']]);
    expect(datesIn('Drones struck the city over the past 24 hours, the mayor said on March 15.', '2024-03-20')).toEqual([['over the past 24 hours', '2024-03-14', '2024-03-15'], ['March 15', '2024-03-15', '2024-03-15']]);
  });

  test('negative: a day of what was said, not of the saying, leaves the night to publication', () => {
    expect(datesIn('The mayor said drones had struck the port overnight and the airport on March 15.', '2024-03-20')).toEqual([['overnight', '2024-03-18', '2024-03-20'], ['March 15', '2024-03-15', '2024-03-15']]);
  });
});

