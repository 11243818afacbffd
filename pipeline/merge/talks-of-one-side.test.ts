import { expect, test } from 'vitest';
import { eventsOfText } from '../events/fixtures/unseen-events-of';

/** Rule "talks of one side, told by another", on sentences written for the test (published Sunday 11 May 2025). */
const PUBLISHED = '2025-05-11';
const read = (body: string) => eventsOfText(body, PUBLISHED).map((e) => [e.type, e.actors]);

test('what a teller says one side wants in talks is the teller’s statement, not talks held', () => {
  const events = read('Trump noted in a post that Putin wants direct talks with Kyiv instead of a truce.');
  expect(events.some(([type]) => type === 'negotiation')).toBe(false);
  expect(events).toContainEqual(['statement', ['donald-trump']]);
});

test('talks of both sides told by a teller, talks the text dates, and talks a host offers stay talks', () => {
  expect(read('Peskov said Russian and Ukrainian negotiators held talks in Istanbul on Friday.').some(([type]) => type === 'negotiation')).toBe(true);
  expect(read('Trump said the Vatican might host the negotiations between Russia and Ukraine.').some(([type]) => type === 'negotiation')).toBe(true);
});

test('talks a teller says one side will hold are a plan, and stay talks', () => {
  const events = eventsOfText('Peskov said the Russian delegation will hold talks in Istanbul.', PUBLISHED);
  expect(events.some((e) => e.type === 'negotiation' && e.status === 'planned')).toBe(true);
});
