import { expect, test } from 'vitest';
import { eventsOf } from './fixtures/unseen-events-of';

/**
 * Unnamed plural subjects and addressees of a state's appeal, causes seen in several keyed sets; told in our own words
 * in the fixture (ip-unnamed-groups.md, published Friday 9 May 2025).
 */
const events = eventsOf('ip-unnamed-groups.md');
const appeals = events.filter((e) => e.type === 'appeal');

test('"Western diplomats urged India and Pakistan on Thursday": an appeal of the unnamed group, with the states it names, on its day', () => {
  const diplomats = appeals.filter((e) => e.sources[0]?.excerpt.startsWith('Western diplomats'));
  expect(diplomats.map((e) => [e.actors, [...e.countries].sort(), e.date.start, e.date.end])).toEqual([[[], ['IN', 'PK'], '2025-05-08', '2025-05-08']]);
});

test('"Pakistan urged Marco Rubio to ...": the state appeals; the one it addressed does not become the appeal\'s only actor', () => {
  const pakistan = appeals.filter((e) => e.sources[0]?.excerpt.startsWith('Pakistan urged'));
  expect(pakistan.map((e) => [e.actors, e.countries.includes('PK')])).toEqual([[[], true]]);
});

test('an unnamed group beside a named person ("Modi and Gulf leaders spoke") gives the group no act of its own', () => {
  expect(events.filter((e) => e.sources[0]?.excerpt.startsWith('Modi and') && e.actors.length === 0)).toEqual([]);
});
