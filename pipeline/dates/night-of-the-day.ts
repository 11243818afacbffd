import { addDays } from './calendar';
import { NIGHT_BEFORE, NIGHT_REACH } from './relative-phrases';
import type { DateMention } from '../types';

const IS_NIGHT = new RegExp(`^${NIGHT_BEFORE.source}$`, 'i');

/** Whether a date mention is a night told from the news day ("overnight", "last night"). */
export const isNightBefore = (d: DateMention): boolean => IS_NIGHT.test(d.text) && d.date.basis === 'relative-phrase';

/**
 * Rule "night-of-the-day": "overnight" or "last night" in a sentence that names its news day ("officials said on Monday
 * that drones struck overnight", "strikes overnight, officials said on June 6") is the night before that day: from its
 * evening before into that day. Read from publication alone (rule "night-before") the night ran from two days before
 * the paper to its day, which missed the day told when the paper is dated the day before it (a time zone behind), and
 * gave way to the day itself as the act's date (u16: two overnight barrages). Only a single day near publication, where
 * the night as read from publication could lie, is the night's day: a day further off is another happening's.
 */
export function anchorNights(found: DateMention[], published: string): DateMention[] {
  const days = found.filter((d) => !isNightBefore(d) && d.date.precision === 'day' && d.date.start === d.date.end);
  const near = days.filter((d) => d.date.start >= addDays(published, -NIGHT_REACH) && d.date.start <= addDays(published, 1));
  const day = near.length === 1 && days.length === 1 ? near[0] : undefined;
  if (!day) return found;
  return found.map((d) => (isNightBefore(d) ? { ...d, date: { ...d.date, start: addDays(day.date.start, -1), end: day.date.start } } : d));
}
