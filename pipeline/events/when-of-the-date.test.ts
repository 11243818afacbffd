import { expect, test } from 'vitest';
import { eventsOfText } from './fixtures/unseen-events-of';

/**
 * Rule "when-of-the-date" (sentences of our own): a "when" right after a date opens a clause told at that date. Seen in
 * two articles of u15: an accusation told in a clause of "since last month when ..." took the dateline's day, and "an
 * attack on Tuesday, when gunmen killed ...".
 */
const dateOf = (body: string, type: string, published: string) => eventsOfText(body, published).find((e) => e.type === type)?.date;

test('the clause that "when" opens right after a date happened at that date', () => {
  // A paper of Thursday 8 May: the accusation was made last month, not in the days before the paper.
  expect(dateOf('Relations have soured since last month when Moscow accused Kyiv of shelling a border town.', 'accusation', '2025-05-08')).toMatchObject({ start: '2025-04-01', end: '2025-04-30' });
  expect(dateOf('Tension rose sharply on Tuesday, when Moscow accused Kyiv of shelling a border town.', 'accusation', '2025-05-08')).toMatchObject({ start: '2025-05-06', end: '2025-05-06' });
});

test('negative: a "when" further on, after other words, opens a clause of its own', () => {
  // The date is the meeting's; the accusation of the "when" clause is not dated by it.
  expect(dateOf('The ministers met on Tuesday in Geneva, a week after the day when Moscow accused Kyiv of shelling a border town.', 'accusation', '2025-05-08')?.start).not.toBe('2025-05-06');
});
