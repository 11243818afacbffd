import { describe, expect, test } from 'vitest';
import { segmentSentences } from '../sentences/segment-sentences';
import { findNounDates, sceneDates } from './noun-dates';
import { resolveDates } from './resolve-dates';

function named(body: string, published: string) {
  const dates = resolveDates(body, segmentSentences(body), published);
  return { dates, nouns: findNounDates(body, dates).map((n) => body.slice(n.noun.start, n.noun.end)), scene: sceneDates(body, dates).map((d) => d.text) };
}

describe('a date that modifies a noun names that thing, not the sentence', () => {
  test('adjective, possessive and determiner forms before an event noun', () => {
    const { nouns, scene } = named(
      'Trump condemned Russia’s recent missile strike on Sumy. Saturday’s ceasefire held on Sunday. India cited the April 22 Pahalgam terrorist attack. Dar said on Friday that last week’s talks had failed.',
      '2025-05-12',
    );
    expect(nouns).toEqual(['recent missile strike', 'Saturday’s ceasefire', 'April 22 Pahalgam terrorist attack', 'last week’s talks']);
    expect(scene).toEqual(['on Sunday', 'on Friday']);
  });

  test('a date that says when the verb happened is not attributive, even before a noun', () => {
    const { nouns, scene } = named('Rajnath Singh on Tuesday briefed reporters. Officials said on Monday talks would resume. Modi spoke yesterday.', '2025-05-07');
    expect(nouns).toEqual([]);
    expect(scene).toEqual(['on Tuesday', 'on Monday', 'yesterday']);
  });
});
