import type { Precision } from '../../src/shared/schema';
import type { DateMention, Sentence } from '../types';

/** One step less precise: a date carried over from another sentence is less certain than one stated. */
const LOWER: Record<Precision, Precision> = { day: 'week', week: 'month', month: 'approximate', approximate: 'approximate', unknown: 'unknown' };

/** Background dates ("in 2020", "since 2019") set no scene for the sentences after them. */
const MAX_CONTEXT_SPAN_DAYS = 62;

function usable(m: DateMention): boolean {
  return (Date.parse(m.date.end) - Date.parse(m.date.start)) / 86_400_000 <= MAX_CONTEXT_SPAN_DAYS;
}

/**
 * The date of sentence `index`. Its own first date if it has one; else the last date of the nearest dated sentence
 * before it in the same paragraph (one step less precise), else earlier in the article (approximate); else the
 * publication date, marked as such and approximate. Never silently the publication day.
 */
export function inheritDate(sentences: Sentence[], mentions: DateMention[], index: number, published: string): DateMention['date'] {
  const here = sentences[index];
  if (!here) return { start: published, end: published, precision: 'approximate', basis: 'publication' };
  const inside = (s: Sentence) => mentions.filter((m) => m.start >= s.start && m.end <= s.end && usable(m));
  const own = inside(here)[0];
  if (own) return own.date;
  for (let i = index - 1; i >= 0; i--) {
    const s = sentences[i];
    if (!s) continue;
    const last = inside(s).pop();
    if (!last) continue;
    const precision = s.paragraph === here.paragraph ? LOWER[last.date.precision] : 'approximate';
    return { start: last.date.start, end: last.date.end, precision, basis: 'inherited' };
  }
  return { start: published, end: published, precision: 'approximate', basis: 'publication' };
}
