import { expect, test } from 'vitest';
import { eventsOfText } from './fixtures/unseen-events-of';

/**
 * Which clause a date belongs to (sentences of our own). Seen on real reports of 2025: "X on Wednesday responded to
 * the attack in Pahalgam that killed 26" gave the attack the day of the response, twice; "suspended the Simla
 * Agreement on Thursday" gave the suspension the whole week; a dateline with a small outlet's initials dated the
 * article's lead act on the day of the report.
 */
const datesOf = (body: string, type: string, published: string) =>
  eventsOfText(body, published)
    .filter((e) => e.type === type)
    .map((e) => [e.date.start, e.date.end]);

test('a date before a verb that opens a relative clause is the clause before it\'s', () => {
  // The naming was on Thursday; the killing is told as known: the Pahalgam attack, on its known day (known-events).
  expect(datesOf('India on Thursday named the militants who killed 26 tourists in Pahalgam.', 'terrorist_attack', '2025-05-09')).toEqual([['2025-04-22', '2025-04-22']]);
  // A launch and the blow its relative clause tells are one act, on the launch's day.
  expect(datesOf('Russia on Thursday launched drones that struck Kyiv.', 'military_action', '2025-05-09')).toEqual([['2025-05-08', '2025-05-08']]);
  // A date after the relative verb is its own.
  expect(datesOf('India on Friday named the militants who killed 26 tourists in Pahalgam on April 22.', 'terrorist_attack', '2025-05-09')).toEqual([['2025-04-22', '2025-04-22']]);
});

test('a date before a preposition and an incident noun dates the verb that governs the preposition, not the incident', () => {
  // Rule "incident-as-object": the shelling apologised for on Monday was done by then, in the week up to it.
  expect(datesOf('Islamabad on Monday apologised for the shelling in Poonch, an Indian town.', 'military_action', '2025-03-12')).toEqual([['2025-03-03', '2025-03-10']]);
  // Without a preposition between, the date still names the incident ("Monday's shelling", "on Monday carried out shelling").
  expect(datesOf('Pakistan on Monday carried out shelling in Poonch, an Indian town.', 'military_action', '2025-03-12')).toEqual([['2025-03-10', '2025-03-10']]);
});

test('a date after an agreement or truce dates the act done to it', () => {
  expect(eventsOfText('India suspended the Simla Agreement on Thursday.', '2025-04-25').find((e) => e.type === 'reduce_relations')?.date).toMatchObject({ start: '2025-04-24', end: '2025-04-24', precision: 'day' });
  expect(eventsOfText('Moscow rejected the truce on Tuesday.', '2025-04-25').find((e) => e.type === 'rejection')?.date).toMatchObject({ start: '2025-04-22', end: '2025-04-22', precision: 'day' });
});

test('a dateline with an outlet\'s initials is the report\'s day, not the day of its lead act', () => {
  const body = 'Lahore, May 9 (NNI)- Pakistan has rejected the Indian claims about the drones.\n\nThe foreign office spoke on Thursday.';
  expect(eventsOfText(body, '2025-05-09').find((e) => e.type === 'rejection')?.date.start ?? '').toMatch(/^2025-0[45]-/);
  expect(eventsOfText(body, '2025-05-09').find((e) => e.type === 'rejection')?.date.precision).toBe('approximate');
});

test('a clause told hours after a dated one lies on that day or the day before it', () => {
  // The truce was announced on Saturday evening, the shelling told early on Sunday.
  expect(datesOf('Indian troops shelled Pakistani posts early Sunday, hours after Donald Trump announced the truce.', 'ceasefire', '2025-05-11')).toEqual([['2025-05-10', '2025-05-11']]);
  // Its own date wins.
  expect(datesOf('Indian troops shelled Pakistani posts early Sunday, hours after Donald Trump announced the truce on Saturday.', 'ceasefire', '2025-05-11')).toEqual([['2025-05-10', '2025-05-10']]);
});

test('"days after" with no count is some days before, a count that many', () => {
  expect(datesOf('Indian troops shelled Pakistani posts on Sunday, days after Donald Trump announced the truce.', 'ceasefire', '2025-05-11')).toEqual([['2025-05-01', '2025-05-10']]);
  expect(datesOf('Indian troops shelled Pakistani posts on Sunday, two days after Donald Trump announced the truce.', 'ceasefire', '2025-05-11')).toEqual([['2025-05-09', '2025-05-09']]);
  expect(datesOf('Indian troops shelled Pakistani posts on Sunday, the day after Donald Trump announced the truce.', 'ceasefire', '2025-05-11')).toEqual([['2025-05-10', '2025-05-10']]);
});

test('a bare weekday after an attack and its target dates the attack ("strikes on the city Kherson early Tuesday")', () => {
  expect(datesOf('Two people died in Russian strikes on the southern city Kherson early Tuesday, officials said.', 'military_action', '2025-05-14')).toEqual([['2025-05-13', '2025-05-13']]);
  // A weekday that dates the saying after the attack is not the attack's.
  expect(datesOf('Kyiv condemned the Russian strikes on the port Izmail, a spokesman said Tuesday.', 'military_action', '2025-05-14')).toEqual([['2025-05-07', '2025-05-14']]);
});
