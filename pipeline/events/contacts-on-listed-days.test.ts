import { expect, test } from 'vitest';
import { eventsOf } from './fixtures/unseen-events-of';

/**
 * Structural causes that recur in every keyed set (a list of days for one verb, an office named in the plural with
 * no state), told in our own words in the fixture (ip-contacts-on-listed-days.md, published Tuesday 20 May 2025).
 */
const events = eventsOf('ip-contacts-on-listed-days.md');
const span = (e: { date: { start: string; end: string } }) => [e.date.start, e.date.end];

test('"the DGMOs had engaged on May 11, 13, and 15": three contacts of the two holders, one a day', () => {
  const dgmos = events.filter((e) => e.actors.includes('rajiv-ghai'));
  expect(dgmos.every((e) => e.type === 'negotiation' && [...e.actors].sort().join() === 'kashif-abdullah,rajiv-ghai')).toBe(true);
  expect(dgmos.filter((e) => e.status === 'occurred').map(span)).toEqual([['2025-05-11', '2025-05-11'], ['2025-05-13', '2025-05-13'], ['2025-05-15', '2025-05-15']]);
});

test('contact told as "engaged" or "interact" says nothing of its medium; a meeting is in person', () => {
  expect(new Set(events.filter((e) => e.actors.includes('rajiv-ghai')).map((e) => e.channel))).toEqual(new Set(['unknown']));
  expect(new Set(events.filter((e) => e.type === 'meeting').map((e) => e.channel))).toEqual(new Set(['in_person']));
});

test('"... and were expected to interact again on May 24": the second verb shares the subject, and is planned', () => {
  const planned = events.filter((e) => e.actors.includes('rajiv-ghai') && e.status === 'planned');
  expect(planned.map(span)).toEqual([['2025-05-24', '2025-05-24']]);
});

test('"met on Friday and Sunday": two meetings; the saying that tells the list stays one statement', () => {
  const meetings = events.filter((e) => e.type === 'meeting' && e.actors.includes('marco-rubio'));
  expect(meetings.map(span)).toEqual([['2025-05-16', '2025-05-16'], ['2025-05-18', '2025-05-18']]);
  expect(events.filter((e) => e.type === 'statement' && e.actors.includes('ishaq-dar')).map(span)).toEqual([['2025-05-19', '2025-05-19']]);
});

test('a range ("between May 12 and 14") and days that follow each other ("on Thursday and Friday") are no list', () => {
  expect(events.filter((e) => e.date.start === '2025-05-12' || e.date.start === '2025-05-22')).toEqual([]);
  expect(events.filter((e) => e.date.start === e.date.end && ['2025-05-14', '2025-05-23'].includes(e.date.start))).toEqual([]);
});
