import { expect, test } from 'vitest';
import { eventsOf } from './fixtures/unseen-events-of';

/**
 * A body named after a comma at the end of a sentence that tells another event is that event's source, a cause of
 * spurious statements in several keyed sets; told in our own words in the fixture (ip-sources-named-last.md,
 * published Tuesday 13 May 2025).
 */
const events = eventsOf('ip-sources-named-last.md');
const from = (opening: string) => events.filter((e) => e.sources.some((s) => s.excerpt.startsWith(opening))).map((e) => e.type).sort();

test('", an advisory issued by the aviation authority said", ", the foreign ministry announced": no statement besides the act', () => {
  expect(from('Pakistan closed its airspace')).toEqual(['reduce_relations']);
  expect(from('Ishaq Dar held a phone call')).toEqual(['phone_call']);
});

test('a body that says something of its own, or a saying joined by "and", stays a statement', () => {
  expect(from('The Indian foreign ministry said')).toEqual(['statement']);
  expect(from('Indian troops shelled')).toEqual(['military_action', 'statement']);
});
