import { describe, expect, test } from 'vitest';
import { segmentSentences } from '../sentences/segment-sentences';
import { resolveDates } from './resolve-dates';
import { eventsOfText } from '../events/fixtures/unseen-events-of';

/**
 * An act placed against a happening the story told before ("told reporters after the meeting", "in a post before the
 * talks", "following the summit, he called"): the date of that happening, as far as the preposition allows (rule
 * TOLD_HAPPENING in anchored-dates.ts). Seen on the keyed sets in three different stories (u8, ru7, ip7) and in the
 * development corpus; sentences of our own.
 */
function datesIn(text: string, published: string) {
  return resolveDates(text, segmentSentences(text), published).map((d) => [d.text, d.date.start, d.date.end]);
}

describe('a preposition of time and a definite noun take the date of the happening told before', () => {
  test('after it: from its day up to a week on, never past publication', () => {
    expect(datesIn('The envoys held talks in Geneva on Monday. The minister spoke to the press after the talks.', '2025-03-20')).toEqual([
      ['on Monday', '2025-03-17', '2025-03-17'],
      ['after the talks', '2025-03-17', '2025-03-20'],
    ]);
    // Published a fortnight later, "after" reaches a week on from the meeting, not to publication.
    expect(datesIn('The two leaders met in Rome on March 3. Following the meeting, aides drafted a communiqué.', '2025-03-20')).toEqual([
      ['March 3', '2025-03-03', '2025-03-03'],
      ['Following the meeting', '2025-03-03', '2025-03-10'],
    ]);
  });

  test('hours or shortly after it: that day or the next', () => {
    expect(datesIn('A truce was agreed on Saturday. Shelling resumed hours after the truce.', '2025-03-20')).toEqual([
      ['on Saturday', '2025-03-15', '2025-03-15'],
      ['hours after the truce', '2025-03-15', '2025-03-16'],
    ]);
  });

  test('before it: the week up to it, or the day before when told as near', () => {
    expect(datesIn('The summit opened on May 9. Before the summit, the premier wrote to his counterpart.', '2025-05-12')).toEqual([
      ['May 9', '2025-05-09', '2025-05-09'],
      ['Before the summit', '2025-05-02', '2025-05-09'],
    ]);
    expect(datesIn('The summit opened on May 9. Shortly before the summit, the premier wrote to his counterpart.', '2025-05-12')).toEqual([
      ['May 9', '2025-05-09', '2025-05-09'],
      ['Shortly before the summit', '2025-05-08', '2025-05-09'],
    ]);
  });

  test('at its start or on its sidelines: its day', () => {
    expect(datesIn('Delegations sat down for negotiations on June 4 in Ankara. A host minister spoke at the start of talks.', '2025-06-05')).toEqual([
      ['June 4', '2025-06-04', '2025-06-04'],
      ['at the start of talks', '2025-06-04', '2025-06-04'],
    ]);
  });

  test('a meeting told by its verb ("met on Friday") is the meeting referred to', () => {
    expect(datesIn('The premier met the envoy on Friday. After the meeting, the envoy flew home.', '2025-04-14')).toEqual([
      ['on Friday', '2025-04-11', '2025-04-11'],
      ['After the meeting', '2025-04-11', '2025-04-14'],
    ]);
  });
});

describe('what it does not date', () => {
  test('a happening the story gives no date of a few days', () => {
    expect(datesIn('The ministers held talks. After the talks, both sides issued statements.', '2025-03-20')).toEqual([]);
    // A year is no date of a few days to count from.
    expect(datesIn('The ministers held talks in 2024. After the talks, both sides issued statements.', '2025-03-20').map(([words]) => words)).toEqual(['in 2024']);
  });

  test('another happening of the same kind: "their last meeting", "the next round of talks"', () => {
    expect(datesIn('The envoy met the president on Friday. After their last meeting, the envoy praised him.', '2025-04-14')).toEqual([['on Friday', '2025-04-11', '2025-04-11']]);
    expect(datesIn('The sides held talks on Monday. Before the next talks, each will consult its allies.', '2025-03-20')).toEqual([['on Monday', '2025-03-17', '2025-03-17']]);
  });

  test('a noun of no happening, or a happening of another kind than the one dated', () => {
    expect(datesIn('The envoys held talks on Monday. After the elections, the envoys will return.', '2025-03-20')).toEqual([['on Monday', '2025-03-17', '2025-03-17']]);
    expect(datesIn('Drones struck the port on Monday. After the talks, the ministers flew home.', '2025-03-20')).toEqual([['on Monday', '2025-03-17', '2025-03-17']]);
  });

  test('"during": a fronted "During the talks, ..." sets the scene of what a later teller said', () => {
    expect(datesIn('The sides held talks on Monday. During the talks, the host laid out a plan, an aide said.', '2025-03-20')).toEqual([['on Monday', '2025-03-17', '2025-03-17']]);
  });
});

test('through the stages: a saying told after a meeting of the story takes its day, not the week before publication', () => {
  const events = eventsOfText('Marco Rubio met Sergey Lavrov in Riyadh on Tuesday.\n\nSergey Lavrov told reporters after the meeting that the talks had been useful.', '2025-02-20');
  expect(events.find((e) => e.type === 'statement' && e.actors.includes('sergey-lavrov'))?.date).toMatchObject({ start: '2025-02-18', end: '2025-02-20', precision: 'approximate' });
});

test('a teller after what was said, dated at the end of the sentence, dates the saying, and the noun it names is not its own date', () => {
  const events = eventsOfText('Vladimir Putin held talks late on Tuesday with Steve Witkoff.\n\nThe two sides narrowed their differences but set no summit, the aide Yuri Ushakov told journalists after the talks concluded.', '2025-12-05');
  expect(events.find((e) => e.type === 'statement' && e.actors.includes('yuri-ushakov'))?.date).toMatchObject({ start: '2025-12-02', end: '2025-12-05' });
  // "the talks" inside "after the talks" are the talks of Tuesday, not a second sitting dated after themselves.
  expect(events.filter((e) => e.type === 'negotiation' || e.type === 'meeting').map((e) => [e.date.start, e.date.end])).not.toContainEqual(['2025-12-02', '2025-12-05']);
});
