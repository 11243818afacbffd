import { expect, test } from 'vitest';
import { segmentSentences } from '../sentences/segment-sentences';
import { loadGazetteer } from '../people/gazetteer';
import { resolvePeople } from '../people/resolve-people';
import { eventsOf } from './fixtures/unseen-events-of';

/**
 * A delegation named by its members ("The delegation — which includes A and B — met ..."), a cause seen in the keyed
 * sets; told in our own words in the fixture (ip-delegation-members.md, published Wednesday 28 May 2025).
 */
const events = eventsOf('ip-delegation-members.md');

test('"The delegation — which includes A and B — met X": its head meets X; the members listed are not its subject', () => {
  const meetings = events.filter((e) => e.type === 'meeting');
  expect(meetings.map((e) => [[...e.actors].sort(), e.date.start])).toEqual([[['bilawal-bhutto-zardari', 'philemon-yang'], '2025-05-27']]);
  expect(events.some((e) => e.actors.some((a) => a.includes('sherry-rehman') || a.includes('khar')))).toBe(false);
});

test('"The delegation rejected ...": a delegation speaks as a body, not as its head', () => {
  expect(events.filter((e) => e.type === 'rejection').map((e) => e.actors)).toEqual([[]]);
});

test('"the delegation" is its head only where the article names one delegation\'s head', () => {
  const gazetteer = loadGazetteer('data/gazetteer');
  const heads = (body: string) => resolvePeople(body, segmentSentences(body), '2025-06-04', gazetteer, []).mentions.filter((m) => /delegation/i.test(m.text)).map((m) => m.personId);
  expect(heads('A delegation led by Bilawal Bhutto Zardari reached Paris. The delegation met officials.')).toEqual(['bilawal-bhutto-zardari', 'bilawal-bhutto-zardari']);
  // Two heads: "A delegation" is Bilawal's, "The delegation" nobody's.
  expect(heads('A delegation led by Bilawal Bhutto Zardari reached Paris, and one led by Shashi Tharoor reached Rome. The delegation met officials.')).toEqual(['bilawal-bhutto-zardari']);
  expect(heads('The delegation met officials in Paris.')).toEqual([]);
});
