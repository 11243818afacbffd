import type { EventDate } from '../../src/shared/schema';
import { addDays } from '../dates/calendar';

const PRECISION_RANK = { day: 0, week: 1, month: 2, approximate: 3, unknown: 4 } as const;
const BASIS_RANK = { explicit: 0, 'weekday-relative': 1, 'relative-phrase': 2, inherited: 3, publication: 4 } as const;

/** A date the article states for its event: neither carried over from another sentence nor the publication week. */
export const isStated = (d: EventDate): boolean => d.basis !== 'publication' && d.basis !== 'inherited';

/**
 * A date carried over from another sentence is a guess that could be a few days off: compare it loosely. A range the
 * dates stage built as bounds (the week up to publication or to a report, "recent", "that day or later") already
 * holds every day the event could have had; widening it again would join a paper's undated event to any other
 * paper's event of the same kind in the fortnight around it.
 */
function span(d: EventDate): [string, string] {
  const loose = d.basis === 'inherited' || d.precision === 'unknown';
  return loose ? [addDays(d.start, -3), addDays(d.end, 3)] : [d.start, d.end];
}

/**
 * Whether two dates could be the same day, given how sure each is (`strict`: as stated, with no slack for guesses;
 * `apart`: read from different sentences, so that an undated one is not the same words' other reading).
 */
export function datesOverlap(a: EventDate, b: EventDate, strict = false, apart = true): boolean {
  // Two "the week before publication" guesses from articles of different days say nothing about one day: the
  // same person's undated statements in Monday's and Thursday's papers are two statements until a date joins them.
  if (a.basis === 'publication' && b.basis === 'publication' && a.end !== b.end) return false;
  // As stated, an event with no date words of its own (the week up to publication) states no day to share.
  if (strict && apart && (a.basis === 'publication') !== (b.basis === 'publication')) return false;
  const [as, ae] = strict ? [a.start, a.end] : span(a);
  const [bs, be] = strict ? [b.start, b.end] : span(b);
  return as <= be && bs <= ae;
}

/**
 * A date with no day the text gives: the week up to the paper or to a report, or such a range carried over. (One day
 * carried over from the sentence before, "he said on Saturday ... the truce", is that sentence's day, not a guess.)
 */
export const isGuess = (d: EventDate): boolean => !isStated(d) && d.start !== d.end;

/** The more precise of two dates for one event, the better-founded on a tie. */
export function betterDate(a: EventDate, b: EventDate): EventDate {
  const ka = PRECISION_RANK[a.precision] * 10 + BASIS_RANK[a.basis];
  const kb = PRECISION_RANK[b.precision] * 10 + BASIS_RANK[b.basis];
  const differ = a.start <= b.end && b.start <= a.end && (a.start !== b.start || a.end !== b.end);
  // Two days written out that overlap ("May 7" and "the night of May 6-7"): both are the text's word, and the
  // happening holds both; the narrower alone would call the other paper wrong.
  // Rule "neither reading wins": so do two readings of one kind that name a week or a month ("earlier this month" in
  // one paper, "last month" in the next: both the month's words, one ranged to its paper's day), and two guesses (neither paper gives a day: the week
  // up to one paper's report and the days up to the other's): which came first says nothing of which is right, and
  // keeping one would put the event outside the days the other paper allows.
  const named = a.precision === 'week' || a.precision === 'month';
  if (differ && ((ka === kb && (a.basis === 'explicit' || named)) || (isGuess(a) && isGuess(b)))) {
    return { ...(kb < ka ? b : a), start: a.start < b.start ? a.start : b.start, end: a.end > b.end ? a.end : b.end };
  }
  return kb < ka ? b : a;
}
