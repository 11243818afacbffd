import { expect, test } from 'vitest';
import { eventsOfText } from './fixtures/unseen-events-of';
import { knownIncidentOf } from '../lexicon/known-incidents';

/**
 * An attack named only by its place or its day ("a deadly attack in the town of Pahalgam", "the April 22 attack in
 * Kashmir") is the incident every reader knows, of its kind (seen in two keyed sets, three articles of two publishers).
 * Sentences written for these tests.
 */

function incidents(body: string, published: string) {
  const events = eventsOfText(body, published);
  return events.filter((e) => e.type === 'terrorist_attack' || e.type === 'military_action').map((e) => ({ type: e.type, day: e.date.start }));
}

test('an attack named by the place of a known incident, or by its day in its region, is of that incident’s kind', () => {
  expect(incidents('Ties collapsed after a brutal attack near the resort of Pahalgam on April 22 that left 26 people dead.', '2025-05-02')).toEqual([
    { type: 'terrorist_attack', day: '2025-04-22' },
  ]);
  expect(incidents('Islamabad again denied any part in the April 22 attack in Indian-administered Kashmir.', '2025-05-20')).toEqual([
    { type: 'terrorist_attack', day: '2025-04-22' },
  ]);
  expect(incidents('New Delhi closed the Attari crossing days after the 22 April attack in Jammu and Kashmir, officials said.', '2025-04-30')).toEqual([
    { type: 'terrorist_attack', day: '2025-04-22' },
  ]);
  expect(incidents('Officials in Delhi tied Pakistan to the Pahalgam attack on April 22, a charge Islamabad denies.', '2025-04-25')).toEqual([{ type: 'terrorist_attack', day: '2025-04-22' }]);
});

test('strikes near the same places, other days in the region and attacks elsewhere on that day keep their own kind', () => {
  expect(incidents('Indian missile strikes hit targets near Muzaffarabad on May 7, Pakistan said.', '2025-05-08')).toEqual([{ type: 'military_action', day: '2025-05-07' }]);
  expect(incidents('Pakistan said the May 8 attack in Jammu was a drone raid by India.', '2025-05-09').map((e) => e.type)).not.toContain('terrorist_attack');
  expect(incidents('Kyiv said the April 22 attack in Kharkiv damaged a school.', '2025-04-25').map((e) => e.type)).not.toContain('terrorist_attack');
  expect(knownIncidentOf({ noun: 'strikes', place: 'Pahalgam', complements: '', day: null })).toBeNull();
  expect(knownIncidentOf({ noun: 'drone attack', place: null, complements: ' in Kashmir', day: { start: '2025-04-22', end: '2025-04-22' } })).toBeNull();
  // A day with its region named outside the attack's own words (after a comma) is the clause's, not the attack's place.
  expect(knownIncidentOf({ noun: 'attack', place: null, complements: ' on a convoy, as tensions in Kashmir rose', day: { start: '2025-04-22', end: '2025-04-22' } })).toBeNull();
});

test('a known incident named with no date of its own takes its known day, not the week before publication', () => {
  expect(incidents('The opposition faulted the government over the Pahalgam terror attack.', '2025-06-20')).toEqual([{ type: 'terrorist_attack', day: '2025-04-22' }]);
  expect(knownIncidentOf({ noun: 'militant attack', place: 'Baisaran', complements: '', day: null })?.day).toBe('2025-04-22');
  // An attack elsewhere, undated, keeps the date its story gives it: nothing known names its day.
  expect(incidents('The opposition faulted the government over the Kathua terror attack.', '2025-06-20').map((e) => e.day)).not.toContain('2025-04-22');
});
