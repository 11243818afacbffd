import { expect, test } from 'vitest';
import { eventsOfText } from './fixtures/unseen-events-of';
import { KNOWN_EVENTS } from '../lexicon/known-events';

/**
 * Events of the two crises that later stories name by their name and no date ("launched Operation Sindoor", "met in
 * Alaska", "suspended the Indus Waters Treaty") take their known day, not the week before publication (seen in u8 and
 * u9, articles of several publishers months after the events). Sentences written for these tests.
 */

function days(body: string, published: string, type: string) {
  return eventsOfText(body, published)
    .filter((e) => e.type === type)
    .map((e) => ({ start: e.date.start, end: e.date.end, status: e.status }));
}

const on = (day: string) => ({ start: day, end: day, status: 'occurred' });

test('an event named by a known event, with no date of its own, takes its known day', () => {
  expect(days('Months after India launched Operation Sindoor, the two armies still trade accusations.', '2025-11-10', 'military_action')).toEqual([on('2025-05-07')]);
  expect(days('Trump and Putin met in Anchorage for about three hours.', '2025-09-01', 'meeting')).toEqual([on('2025-08-15')]);
  // Two measures, each its own event (rule "measures side by side"), both of that day.
  expect(days('New Delhi suspended the Indus Waters Treaty and shut the Attari crossing.', '2025-07-01', 'reduce_relations')).toEqual([on('2025-04-23'), on('2025-04-23')]);
  expect(days('Pakistan’s Operation Bunyan-um-Marsoos targeted Indian air bases, its army said.', '2025-06-01', 'military_action')).toEqual([on('2025-05-10')]);
  expect(days('India closed its airspace to Pakistani airlines.', '2025-06-10', 'reduce_relations')).toEqual([on('2025-04-30')]);
  expect(days('Ukraine launched Operation Spiderweb, hitting bombers deep inside Russia.', '2025-10-20', 'military_action')).toEqual([on('2025-06-01')]);
  // The only ceasefire of the India–Pakistan crisis, told as done after its day.
  expect(days('Pakistan and India agreed to a ceasefire after four days of fighting.', '2025-06-20', 'ceasefire')).toEqual([on('2025-05-10')]);
  // A vague date of its own that excludes the day ("the recent attack", weeks later) gives way.
  expect(days('In the wake of the recent Pahalgam terror attack, officials tightened security.', '2025-07-23', 'terrorist_attack')).toEqual([on('2025-04-22')]);
});

test('a plan, a sequel, another event set beside it, or a date the text gives keep their own dates', () => {
  // Before the day, or told as ahead: a plan.
  expect(days('Trump and Putin will meet in Alaska, the White House said.', '2025-08-10', 'meeting').map((e) => e.status)).toEqual(['planned']);
  expect(days('Trump said he would meet Putin again in Alaska.', '2025-09-01', 'meeting').map((e) => e.start)).not.toContain('2025-08-15');
  // A sequel of the known event is another one.
  expect(days('India extended the closure of its airspace to Pakistani airlines.', '2025-06-25', 'reduce_relations').map((e) => e.start)).not.toContain('2025-04-30');
  expect(days('The two armies accused each other of violating the ceasefire.', '2025-06-20', 'ceasefire').map((e) => e.start)).not.toContain('2025-05-10');
  // The known event set beside another names only itself: the meeting days after the summit is not the summit.
  expect(days('Zelensky met Trump at the White House days after the Alaska summit.', '2025-08-20', 'meeting').map((e) => e.start)).not.toContain('2025-08-15');
  // A bare "Istanbul" names the May talks only until the next round; a date of its own stays.
  expect(days('Russian and Ukrainian delegations met in Istanbul for talks.', '2025-07-24', 'meeting').map((e) => e.start)).not.toContain('2025-05-16');
  expect(days('Russian and Ukrainian delegations met in Istanbul for talks.', '2025-05-25', 'meeting')).toEqual([on('2025-05-16')]);
  expect(days('Russian and Ukrainian delegations met in Istanbul on Wednesday for talks.', '2025-07-24', 'meeting')).toEqual([on('2025-07-23')]);
  // In a story of the same week, the week before publication holds the day and stays (an undated retelling shares it).
  expect(days('India closed its airspace to Pakistani airlines.', '2025-05-05', 'reduce_relations')).toEqual([{ start: '2025-04-28', end: '2025-05-05', status: 'occurred' }]);
  // A month of its own that holds the day is what the text tells.
  expect(days('India launched Operation Sindoor last month against camps in Pakistan.', '2025-06-05', 'military_action')).toEqual([{ start: '2025-05-01', end: '2025-05-31', status: 'occurred' }]);
  // Another crisis's event, or a statement about the known one, is not it.
  expect(days('Putin spoke about Alaska at length on state television.', '2025-09-01', 'meeting')).toEqual([]);
});

test('every known event has one day, of a kind that happens, and names that name it', () => {
  for (const k of KNOWN_EVENTS) {
    expect(k.day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(k.types.length).toBeGreaterThan(0);
    if (k.until) expect(k.until > k.day).toBe(true);
  }
  expect(new Set(KNOWN_EVENTS.map((k) => k.name)).size).toBe(KNOWN_EVENTS.length);
});
