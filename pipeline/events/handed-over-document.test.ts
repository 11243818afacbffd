import { expect, test } from 'vitest';
import { eventsOfText } from './fixtures/unseen-events-of';

/**
 * One side's paper handed to the other (a memorandum, a document of terms, a list of people to return) is a step of
 * the talks, seen in three keyed sets (two publishers). Sentences written for these tests.
 */

function run(body: string, published: string) {
  const events = eventsOfText(body, published);
  return events;
}

test('a paper handed to the other side is a negotiation between both, the one it was handed to taking part', () => {
  const named = run('On Monday in Istanbul, Rustem Umerov handed over to the Kremlin aide Vladimir Medinsky a document setting out Kyiv’s terms for a truce.', '2025-06-03');
  expect(named.filter((e) => e.type === 'negotiation').map((e) => ({ actors: [...e.actors].sort(), day: e.date.start }))).toEqual([
    { actors: ['rustem-umerov', 'vladimir-medinsky'], day: '2025-06-02' },
  ]);
  const sides = run('The Russian delegation passed its own memorandum to the Ukrainian side on Monday, officials said.', '2025-06-03');
  expect(sides.filter((e) => e.type === 'negotiation').map((e) => [...e.countries].sort())).toEqual([['RU', 'UA']]);
  const side = run('The Ukrainian side handed the Russian delegation a list of deported children on Monday.', '2025-06-03');
  expect(side.filter((e) => e.type === 'negotiation').map((e) => [...e.countries].sort())).toEqual([['RU', 'UA']]);
  const list = run('Kyiv delivered to Moscow a list of 300 deported children on Tuesday.', '2025-06-05');
  expect(list.filter((e) => e.type === 'negotiation').map((e) => e.date.start)).toEqual(['2025-06-03']);
});

test('a paper asked for, one named by its handing, and people or keys handed over are no step of talks', () => {
  expect(run('Andrii Sybiha said Russia should hand over the memorandum without delay.', '2025-05-29').map((e) => e.type)).not.toContain('negotiation');
  expect(run('Both sides will study the memoranda they handed over to each other for a week.', '2025-06-03').map((e) => e.type)).not.toContain('negotiation');
  expect(run('Ukrainian police handed over two Russian suspects to prosecutors on Monday.', '2025-06-03').map((e) => e.type)).not.toContain('negotiation');
  // The team handed a trophy, no paper of the talks.
  expect(run('The Ukrainian side handed the Polish team a trophy on Monday.', '2025-06-03').map((e) => e.type)).not.toContain('negotiation');
});
