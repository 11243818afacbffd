import { expect, test } from 'vitest';
import { eventsOfText } from './fixtures/unseen-events-of';

/** Rule "the verb left out after a dash", on sentences written for the test (published Tuesday 25 November 2025). */
const PUBLISHED = '2025-11-25';
const meetings = (body: string) => eventsOfText(body, PUBLISHED).filter((e) => e.type === 'meeting').map((e) => [[...e.actors].sort(), [...e.countries].sort()]);

test('"A was sent to meet B, and C – with the Ukrainian side": a meeting for each pair', () => {
  const found = meetings('Trump sent Steve Witkoff to meet with Vladimir Putin in Moscow, and Dan Driscoll – with the Ukrainian side.');
  expect(found).toContainEqual([['steve-witkoff', 'vladimir-putin'], ['RU', 'US']]);
  expect(found).toContainEqual([['dan-driscoll'], ['UA', 'US']]);
});

test('a dash that sets off a remark, or a name after ", and" with a verb of its own, makes no second meeting', () => {
  expect(meetings('Steve Witkoff met with Vladimir Putin in Moscow – with the talks lasting five hours.')).toHaveLength(1);
  expect(meetings('Steve Witkoff met with Vladimir Putin in Moscow, and Dan Driscoll flew home with the Ukrainian side.')).toEqual([[['steve-witkoff', 'vladimir-putin'], ['RU', 'US']]]);
});
