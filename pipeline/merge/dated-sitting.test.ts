import { expect, test } from 'vitest';
import { eventsOfText } from '../events/fixtures/unseen-events-of';

/** Rule "the dated sitting", on sentences written for the test (published Thursday 19 June 2025). */
const PUBLISHED = '2025-06-19';
const sittings = (body: string) => eventsOfText(body, PUBLISHED).filter((e) => ['meeting', 'negotiation', 'host_visit'].includes(e.type));

test('an undated meeting of the people a dated hosted visit brought together is that visit', () => {
  const body = 'Trump hosted Asim Munir at the White House on Wednesday. The lunch meeting between Trump and Munir lasted two hours. After a meeting with Munir, Trump said he was honoured.';
  const found = sittings(body);
  expect(found.map((e) => [e.type, e.actors, e.date.start])).toEqual([['host_visit', ['donald-trump', 'asim-munir'], '2025-06-18']]);
  expect(found[0]?.sources).toHaveLength(3);
});

test('a meeting dated apart, or one with someone the dated sitting did not have, stays its own', () => {
  const body = 'Trump hosted Asim Munir at the White House on Wednesday. Trump met Munir again in Riyadh on May 14. Trump also met Narendra Modi.';
  expect(sittings(body).map((e) => e.actors)).toHaveLength(3);
});

test('a meeting chaired by one of the dated sitting’s people, in a sentence that names no one else of it, stays its own', () => {
  const body = 'Modi met Shehbaz Sharif in Astana on Monday. Earlier, Modi chaired a meeting of the security cabinet.';
  expect(sittings(body).map((e) => [...e.actors].sort())).toContainEqual(['narendra-modi']);
});
