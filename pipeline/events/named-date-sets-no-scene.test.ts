import { expect, test } from 'vitest';
import { eventsOfText } from './fixtures/unseen-events-of';

/**
 * Rule "named-date-sets-no-scene" (sentences of our own): a date that names a thing ("the March 3 bombing") dates that
 * thing only, never a later sentence by inheritance (event-date.ts, findNounDates); an undated strike told after it was
 * the exception. Seen on u15 (LaPresse): India's strikes of 7 May, told after "an April 22 attack", were dated 22-29 April.
 */
const strikes = (body: string, published: string) => eventsOfText(body, published).filter((e) => e.type === 'military_action').map((e) => [e.date.start, e.date.end, e.date.basis]);

test('an undated strike told after a date naming another attack is not dated by it', () => {
  const body = 'Tensions have grown since the March 3 bombing of a market in Quetta. Pakistani jets struck several targets across the border.';
  expect(strikes(body, '2025-03-20')).toEqual([['2025-03-13', '2025-03-20', 'publication']]);
});

test('negative: a date of the sentence before that is no thing\'s name still sets the scene', () => {
  const body = 'The border was quiet on March 17. Pakistani jets struck several targets across the border.';
  expect(strikes(body, '2025-03-20')).toEqual([['2025-03-17', '2025-03-20', 'inherited']]);
});
