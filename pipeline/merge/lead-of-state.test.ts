import { expect, test } from 'vitest';
import { eventsOfText } from '../events/fixtures/unseen-events-of';

/** Rule "the lead's release", on sentences written for the test (published Friday 9 May 2025). */
const PUBLISHED = '2025-05-09';
const byState = (body: string) => eventsOfText(body, PUBLISHED).filter((e) => e.actors.length === 0 && ['statement', 'rejection', 'accusation'].includes(e.type));

test('a state’s undated statement with nobody named is the one dated act of speaking of that state the story leads with', () => {
  const body = 'Islamabad: Pakistan on Friday rejected Indian reports that it had fired missiles at Jammu. In a statement, Pakistan’s Foreign Office said such reports endangered peace in the region.';
  const found = byState(body);
  expect(found.map((e) => [e.type, e.date.start])).toEqual([['rejection', '2025-05-09']]);
  expect(found[0]?.sources).toHaveLength(2);
});

test('another state’s statement, or one the text dates apart, stays its own', () => {
  const other = 'Pakistan on Friday rejected Indian reports of missile fire. In a statement, India’s foreign ministry said the strikes had been repelled.';
  expect(byState(other).map((e) => e.type).sort()).toEqual(['rejection', 'statement']);
  const apart = 'Pakistan on Friday rejected Indian reports of missile fire. On April 30, Pakistan’s Foreign Office said in a statement that it feared an attack.';
  expect(byState(apart).map((e) => e.type).sort()).toEqual(['rejection', 'statement']);
});
