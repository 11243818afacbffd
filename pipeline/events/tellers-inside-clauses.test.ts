import { expect, test } from 'vitest';
import { eventsOfText } from './fixtures/unseen-events-of';

/**
 * Tellers named inside the clause they report, not before it: a source set off by commas after the subject, and the
 * owner of a saying noun ("X's claim that ..."). Sentences written for these tests (published Friday 4 July 2025).
 */
const PUBLISHED = '2025-07-04';
const read = (body: string) => eventsOfText(body, PUBLISHED).map((e) => [e.type, e.actors]);

test('rule "the subject set off before its source": "X, according to Y, did Z" is X’s act, told by Y', () => {
  const events = read('Lavrov, according to his spokeswoman Maria Zakharova, used the meeting to demand guarantees for Russian speakers.');
  expect(events).toContainEqual(['demand', ['sergey-lavrov']]);
  expect(events).toContainEqual(['statement', ['maria-zakharova']]);
});

test('a source after a fronted adverb sets off no subject: it opens the reported clause', () => {
  // "However, according to Y, X ...": Y is the teller of everything after the comma, as before.
  const events = read('However, according to Maria Zakharova, Lavrov demanded guarantees for Russian speakers.');
  expect(events).toContainEqual(['statement', ['maria-zakharova']]);
  expect(events.some(([type]) => type === 'demand')).toBe(false);
});

test('rule "the possessor of a saying tells it": "in response to X’s recent claim that ..." is X’s statement', () => {
  const events = read('The ministry was responding to Lavrov’s recent claim that Kyiv had shelled the plant.');
  expect(events).toContainEqual(['statement', ['sergey-lavrov']]);
});

test('a verb before the owner keeps its own event; a saying that opens its sentence is only its subject', () => {
  const rejected = read('Zelensky on Thursday rejected Lavrov’s claim that Kyiv had shelled the plant.');
  expect(rejected).toContainEqual(['rejection', ['volodymyr-zelenskyy']]);
  expect(rejected).toContainEqual(['statement', ['sergey-lavrov']]);
  // Nothing here says that Lavrov's claim reported the rejection.
  const opening = read('Lavrov’s claim that Kyiv had shelled the plant was rejected by Zelensky on Thursday.');
  expect(opening.some(([type, actors]) => type === 'statement' && (actors as string[]).includes('sergey-lavrov'))).toBe(false);
});

test('rule "the teller\'s participle": "X stressed ... between A and B, urging both to ..." is X’s appeal, not B’s', () => {
  const events = read('Rubio stressed the US commitment to peace between India and Pakistan on Thursday, urging both nations to talk directly.');
  expect(events).toContainEqual(['appeal', ['marco-rubio']]);
  expect(events.some(([type, actors]) => type === 'appeal' && (actors as string[]).length === 0)).toBe(false);
});

test('a participle after another act of the reported words goes on with that act’s subject, not the teller', () => {
  const events = read('Rubio said that Jaishankar had called Dar on Thursday, urging him to rein in the militants.');
  expect(events.some(([type, actors]) => type === 'appeal' && (actors as string[]).includes('marco-rubio'))).toBe(false);
});

test('rule "the teller named after": "This was stated by X." makes X the one who made the request told just before', () => {
  const events = read('Poland urged its NATO allies to hold consultations over the Russian drones. This was stated by Polish Prime Minister Donald Tusk.');
  expect(events).toContainEqual(['appeal', ['donald-tusk']]);
});

test('a sentence after the request that tells another act of another person names no teller of it', () => {
  const events = read('Poland urged its NATO allies to hold consultations over the Russian drones. This was welcomed by Lithuanian President Gitanas Nauseda.');
  expect(events.some(([type, actors]) => type === 'appeal' && (actors as string[]).length > 0)).toBe(false);
});
