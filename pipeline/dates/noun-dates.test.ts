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

  test('a date right after an event noun belongs to that noun ("the raid last week", "a strike on Sunday")', () => {
    const { nouns, scene } = named('Warsaw condemned the raid last week and summoned the envoy on Monday. Officials blamed Moscow for a strike on Sunday.', '2025-03-12');
    expect(nouns).toEqual(['the raid last week', 'a strike on Sunday']);
    expect(scene).toEqual(['on Monday']);
  });

  test('a plural event noun without a determiner keeps the date after "on" ("agreed to hold talks on June 9")', () => {
    const { nouns, scene } = named('Moscow agreed on Tuesday to hold direct talks on June 9 in Geneva. Officials welcomed the news.', '2025-06-04');
    expect(nouns).toEqual(['direct talks on June 9']);
    expect(scene).toEqual(['on Tuesday']);
  });

  test('a date after "of" and an event noun names that thing ("the bombing of March 3"); "of" after other words does not', () => {
    const { nouns, scene } = named('The envoy condemned the bombing of March 3 on Friday. The minister spoke of March 3 as a turning point.', '2025-03-12');
    expect(nouns).toEqual(['the bombing of March 3']);
    expect(scene).toEqual(['on Friday', 'March 3']);
  });

  test('a noun that is the occasion of the verb ("at a briefing on Friday") leaves the date to the verb', () => {
    const { nouns, scene } = named('At a briefing on Friday, the minister rejected the claims.', '2025-03-12');
    expect(nouns).toEqual([]);
    expect(scene).toEqual(['on Friday']);
  });

  test('so is a gathering the speaker told or addressed ("told a press conference in Riga on Monday")', () => {
    const told = named('The minister told a press conference in Riga on Monday that the border stayed shut.', '2025-03-12');
    expect(told.nouns).toEqual([]);
    expect(told.scene).toEqual(['on Monday']);
    // Not a gathering the verb speaks to: the press conference is what was cancelled, on its own day.
    const cancelled = named('The ministry cancelled the press conference in Riga on Monday.', '2025-03-12');
    expect(cancelled.nouns).toEqual(['the press conference in Riga on Monday']);
  });

  test('a decision with its infinitive after the date holds the date ("the decision on Tuesday to close the border"); without it the date is the verb\'s', () => {
    const held = named('Riga protested at the Latvian decision on Tuesday to close the border.', '2025-03-12');
    expect(held.nouns).toEqual(['decision on Tuesday']);
    expect(held.scene).toEqual([]);
    const verb = named('The minister condemned the decision on Tuesday.', '2025-03-12');
    expect(verb.nouns).toEqual([]);
    expect(verb.scene).toEqual(['on Tuesday']);
  });

  test('a date after an agreement or a truce dates what was done to it ("scrapped the accord on Monday"); one before it dates the thing', () => {
    const after = named('Riga scrapped the border accord on Monday. Minsk rejected a truce on Tuesday. Both sides broke the understanding last week.', '2025-03-12');
    expect(after.nouns).toEqual([]);
    expect(after.scene).toEqual(['on Monday', 'on Tuesday', 'last week']);
    // Written before the noun, the date still names it; and a happening after its verb keeps the date after it.
    const before = named('Riga praised Monday’s accord. Minsk condemned the shelling on Tuesday.', '2025-03-12');
    expect(before.nouns).toEqual(['Monday’s accord', 'the shelling on Tuesday']);
    expect(before.scene).toEqual([]);
  });

  test('a date written before a gathering that is the verb\'s occasion ("at a Friday briefing") is the verb\'s', () => {
    const occasion = named('Speaking at a Friday briefing, the spokesman denied the claims. The minister told a Monday news conference that talks would go on.', '2025-03-12');
    expect(occasion.nouns).toEqual([]);
    expect(occasion.scene).toEqual(['Friday', 'Monday']);
    // A gathering that is what the verb acts on keeps its date.
    expect(named('The ministry cancelled a Friday briefing.', '2025-03-12').nouns).toEqual(['Friday briefing']);
  });

  test('a noun dated by words before it takes no second date after it ("condemned Tuesday\'s strikes on Wednesday")', () => {
    const twice = named('Riga condemned Tuesday’s strikes on Wednesday. Minsk praised the May 3 accord on Friday.', '2025-05-09');
    expect(twice.nouns).toEqual(['Tuesday’s strikes', 'May 3 accord']);
    expect(twice.scene).toEqual(['on Wednesday', 'on Friday']);
    // An undated noun still takes the date after it.
    expect(named('Riga condemned the strikes on Wednesday.', '2025-05-09').nouns).toEqual(['the strikes on Wednesday']);
  });
});
