import type { EventDate } from '../../src/shared/schema';
import { addDays } from '../dates/calendar';

const PRECISION_RANK = { day: 0, week: 1, month: 2, approximate: 3, unknown: 4 } as const;
const BASIS_RANK = { explicit: 0, 'weekday-relative': 1, 'relative-phrase': 2, inherited: 3, publication: 4 } as const;

/** A guessed date (inherited or the publication day) could be a few days off: compare it loosely. */
function span(d: EventDate): [string, string] {
  const loose = d.basis === 'inherited' || d.basis === 'publication' || d.precision === 'approximate' || d.precision === 'unknown';
  return loose ? [addDays(d.start, -3), addDays(d.end, 3)] : [d.start, d.end];
}

/** Whether two dates could be the same day, given how sure each is (`strict`: as stated, with no slack for guesses). */
export function datesOverlap(a: EventDate, b: EventDate, strict = false): boolean {
  // Two "the week before publication" guesses from articles of different days say nothing about one day: the
  // same person's undated statements in Monday's and Thursday's papers are two statements until a date joins them.
  if (a.basis === 'publication' && b.basis === 'publication' && a.end !== b.end) return false;
  const [as, ae] = strict ? [a.start, a.end] : span(a);
  const [bs, be] = strict ? [b.start, b.end] : span(b);
  return as <= be && bs <= ae;
}

/** The more precise of two dates for one event, the better-founded on a tie. */
export function betterDate(a: EventDate, b: EventDate): EventDate {
  const ka = PRECISION_RANK[a.precision] * 10 + BASIS_RANK[a.basis];
  const kb = PRECISION_RANK[b.precision] * 10 + BASIS_RANK[b.basis];
  return kb < ka ? b : a;
}
