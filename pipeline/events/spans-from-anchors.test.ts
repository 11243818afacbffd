import { describe, expect, test } from 'vitest';
import { eventsOfText } from './fixtures/unseen-events-of';

/** Sentences written for these tests, as an article published on Friday 20 March 2026. */
const PUBLISHED = '2026-03-20';
const datesOf = (body: string, type: string) => eventsOfText(body, PUBLISHED).filter((e) => e.type === type).map((e) => [e.date.start, e.date.end]);

describe('an act told overnight, reported on a day (rule night-of-the-day)', () => {
  test('the night dates the act, not the day of the report', () => {
    expect(datesOf('Russia carried out a barrage of drone strikes across the south overnight, killing two people, regional officials said on March 20.', 'military_action')).toEqual([['2026-03-19', '2026-03-20']]);
  });

  test('negative: an act told on the day itself keeps that day', () => {
    expect(datesOf('Russia launched a barrage of drones at Odesa on March 19, killing two people, regional officials said.', 'military_action')).toEqual([['2026-03-19', '2026-03-19']]);
  });
});

describe('what went on since a date (rule since-the-anchor)', () => {
  test('runs from that date to the report', () => {
    expect(datesOf('Indian and Pakistani troops have been exchanging fire along the frontier since the March 6 bombing.', 'military_action')).toContainEqual(['2026-03-06', '2026-03-20']);
  });

  test('negative: a start months back is a trend, and takes no span', () => {
    expect(datesOf('Indian and Pakistani troops have been exchanging fire along the frontier since the November 6 bombing.', 'military_action')).not.toContainEqual(['2025-11-06', '2026-03-20']);
  });
});

describe('a fronted day and an attack in a clause of cause (rule fronted-scene-not-the-cause)', () => {
  test('the attacks told as what came first do not take the fronted day', () => {
    expect(datesOf('On Thursday, Zelensky called Putin "a madman" after an earlier series of intense attacks on Ukraine.', 'military_action')).not.toContainEqual(['2026-03-19', '2026-03-19']);
  });

  test('negative: an attack in the fronted day\'s own clause keeps that day', () => {
    expect(datesOf('On Thursday, Russia launched heavy missile strikes on Kyiv.', 'military_action')).toEqual([['2026-03-19', '2026-03-19']]);
  });
});
