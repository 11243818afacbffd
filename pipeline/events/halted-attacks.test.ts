import { expect, test } from 'vitest';
import { eventsOfText } from './fixtures/unseen-events-of';

/**
 * An attack that someone halts, stops, suspends or holds back is what did not happen: no military action, and where
 * the halt is agreed, ordered or proposed it is a ceasefire, dated by its own words. A cause seen in three articles of
 * the fourth unseen Russia–Ukraine set (three publishers) and in the second. Sentences written for this test.
 */
const typesOf = (body: string, published = '2025-04-09') => eventsOfText(body, published).map((e) => e.type).sort();

test.each([
  ['Moscow and Kyiv agreed to halt attacks on power plants in March, officials said.'],
  ['The Kremlin said Putin had ordered a halt to drone strikes on the grid for a month.'],
  ['Putin ordered his troops to stop the shelling of border villages.'],
  ['Russia and Ukraine agreed to a Turkish proposal to suspend all strikes on ports.'],
])('"%s" is a ceasefire, with no attack', (sentence) => {
  const types = typesOf(sentence);
  expect(types).toContain('ceasefire');
  expect(types).not.toContain('military_action');
});

test('the halt agreed "in March" is dated March, not the week before publication', () => {
  const [halt] = eventsOfText('Moscow and Kyiv agreed to halt attacks on power plants in March, officials said.', '2025-04-09').filter((e) => e.type === 'ceasefire');
  expect([halt?.date.start, halt?.date.end]).toEqual(['2025-03-01', '2025-03-31']);
});

test.each([
  ['Allies must be strong enough to deter Moscow from regrouping and launching fresh attacks.'],
  ['The envoy urged both armies to refrain from further shelling near the dam.'],
  ['Rubio called on Moscow to put an end to missile strikes on Kharkiv.'],
])('"%s" tells no attack', (sentence) => {
  expect(typesOf(sentence)).not.toContain('military_action');
});

test.each([
  // Denied or refused: the strikes went on.
  ['Russia did not stop its missile strikes on Kharkiv on Monday, the governor said.'],
  ['Russia refused to halt its air strikes on Kharkiv on Monday.'],
  // "its advance" is no gerund joined by "and": the strikes were launched.
  ['On Monday, Russia halted its advance and launched new strikes on Sumy.'],
  // A halt elsewhere in the sentence does not reach an attack told after a comma.
  ['Talks on a halt stalled, and Russia launched a missile attack on Odesa on Monday.'],
])('"%s" still tells an attack', (sentence) => {
  expect(typesOf(sentence)).toContain('military_action');
});
