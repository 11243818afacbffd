import { expect, test } from 'vitest';
import type { TimelineEvent } from '../../src/shared/schema';
import { eventsOfText } from './fixtures/unseen-events-of';

/**
 * An attack told by who or what carried it out and what they did ("militants killed", "missiles hit"), not by a noun
 * for it ("the attack", "strikes"). Sentences in our own words; the paper is dated Wednesday 14 May 2025.
 */
const PUBLISHED = '2025-05-14';
const incidents = (text: string) => eventsOfText(text, PUBLISHED).filter((e) => e.type === 'terrorist_attack' || e.type === 'military_action');
const brief = (e: TimelineEvent) => [e.type, e.date.start, e.date.end];

test('attackers and their act, with its day, are a terrorist attack on that day', () => {
  for (const text of [
    'On 22 April, militants killed 26 visitors at a meadow near Pahalgam in Kashmir, and India blamed Pakistan.',
    'Gunmen opened fire on a group of tourists near Pahalgam on April 22, killing 26 of them.',
  ]) {
    expect(incidents(text).map(brief), text).toEqual([['terrorist_attack', '2025-04-22', '2025-04-22']]);
  }
});

test('weapons and what they did, with its day, are a strike on that day, by the state their adjective names', () => {
  const [strike] = incidents('Russian missiles killed at least 30 people in the centre of Sumy on Sunday morning.');
  expect(strike && brief(strike)).toEqual(['military_action', '2025-05-11', '2025-05-11']);
  expect(strike?.countries).toContain('RU');
  expect(incidents('Ukrainian drones hit an oil depot in Russia\'s Bryansk region overnight, the governor said.').map((e) => e.type)).toEqual(['military_action']);
});

test('negatives: a strike told already ("one of the missiles"), an undated one, are no new incident', () => {
  expect(incidents('One of the missiles hit a school in Bahawalpur on Wednesday, killing a child.')).toEqual([]);
  expect(incidents('"Enemy missiles hit an ordinary street, ordinary life," Zelensky said.')).toEqual([]);
  expect(incidents('The militants killed 26 people on April 22, the police said.')).toEqual([]);
});
