import { expect, test } from 'vitest';
import { eventsOfText } from '../events/fixtures/unseen-events-of';

/** Rule "the words of the call they were said in", on sentences written for the test (published 22 January 2025). */
const PUBLISHED = '2025-01-22';
const read = (body: string) => eventsOfText(body, PUBLISHED).map((e) => [e.type, [...e.actors].sort()]);

test('"X said he had urged Y to ... during their recent phone call": one call, not a call and an appeal', () => {
  const events = read('Trump said that he had urged Chinese President Xi Jinping to help end the war between Russia and Ukraine during their recent phone call.');
  expect(events).toEqual([['phone_call', ['donald-trump', 'xi-jinping']]]);
});

test('an appeal to someone who was not on the call told beside it stays an appeal', () => {
  const events = read('During his phone call with Xi Jinping on Monday, Trump urged Vladimir Putin to end the war.');
  expect(events).toContainEqual(['appeal', ['donald-trump', 'vladimir-putin']]);
});
