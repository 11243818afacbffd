import { expect, test } from 'vitest';
import { eventsOfText } from './fixtures/unseen-events-of';

/**
 * Rule "no-scene-from-a-plan" (sentences of our own): an event told as done, with no date of its own, does not inherit
 * the date of a plan told in the sentence before it. Seen on u15 (ETV Bharat): "had condemned the attack", after a
 * visit "later in the week", was dated to the days after the paper.
 */
const condemnation = (body: string, published: string) => eventsOfText(body, published).find((e) => e.type === 'condemnation')?.date;

test('what was done takes no date from the plan told before it', () => {
  // Monday 5 May: the visit lies ahead; the condemnation was made before the paper, some time back.
  const date = condemnation('The Norwegian foreign minister will visit Delhi later in the week. Espen Barth Eide had condemned the bombing of the embassy.', '2025-05-05');
  expect((date?.end ?? '') <= '2025-05-05' && date !== undefined).toBe(true);
  expect(date?.basis).toBe('publication');
});

test('negative: what was done still goes on with a past day told before it', () => {
  const date = condemnation('The Norwegian foreign minister visited Delhi on Friday. Espen Barth Eide condemned the bombing of the embassy.', '2025-05-05');
  expect(date).toMatchObject({ start: '2025-05-02', basis: 'inherited' });
});
