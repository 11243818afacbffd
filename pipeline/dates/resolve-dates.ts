import { isoDate } from '../../src/shared/schema';
import type { DateMention, Range, Sentence } from '../types';
import { ANCHORED, resolveAnchored } from './anchored-dates';
import { CALENDAR_RULES } from './calendar-phrases';
import type { MentionDate, PhraseRule } from './date-phrase';
import { isFutureAt } from './detect-tense';
import { findExplicitDates } from './explicit-dates';
import { RELATIVE_RULES } from './relative-phrases';

export { inheritDate } from './inherit-date';

const overlaps = (a: Range, b: Range) => a.start < b.end && b.start < a.end;

function isValid(d: MentionDate): boolean {
  return isoDate.safeParse(d.start).success && isoDate.safeParse(d.end).success && d.start <= d.end;
}

/** Dates in one sentence: relative phrases first, then explicit days, then months, years and weekdays, then anchored counts. */
function datesInSentence(body: string, s: Sentence, published: string, earlier: DateMention[]): DateMention[] {
  const text = body.slice(s.start, s.end);
  const claimed: Range[] = [];
  const found: DateMention[] = [];
  const futureAt = (start: number, end: number) => isFutureAt(text, start, end);
  const claim = (index: number, length: number, date: MentionDate | 'ignore') => {
    const r = { start: index, end: index + length };
    if (length === 0 || claimed.some((c) => overlaps(c, r))) return;
    claimed.push(r);
    if (date !== 'ignore' && isValid(date)) found.push({ start: s.start + r.start, end: s.start + r.end, text: text.slice(r.start, r.end), date });
  };
  const runRules = (rules: PhraseRule[]) => {
    for (const rule of rules) {
      for (const m of text.matchAll(rule.re)) {
        const r = { start: m.index, end: m.index + m[0].length };
        if (claimed.some((c) => overlaps(c, r))) continue;
        const date = rule.resolve(m, { published, future: futureAt(r.start, r.end) });
        if (date) claim(m.index, m[0].length, date);
      }
    }
  };
  runRules(RELATIVE_RULES);
  for (const d of findExplicitDates(text, published, futureAt)) claim(d.index, d.length, d.date);
  runRules(CALENDAR_RULES);
  for (const m of text.matchAll(ANCHORED)) {
    const match = { start: s.start + m.index, end: s.start + m.index + m[0].length };
    const date = resolveAnchored(m, match, s, [...earlier, ...found]);
    if (date) claim(m.index, m[0].length, date);
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Stage entry point: every date expression in the sentences, resolved against the publication date. */
export function resolveDates(body: string, sentences: Sentence[], published: string): DateMention[] {
  const all: DateMention[] = [];
  for (const s of sentences) all.push(...datesInSentence(body, s, published, all));
  return all;
}
