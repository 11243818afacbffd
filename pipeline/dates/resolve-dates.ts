import { isoDate } from '../../src/shared/schema';
import type { DateMention, Range, Sentence } from '../types';
import { ANCHORED, TOLD_HAPPENING, resolveAnchored, resolveToldHappening } from './anchored-dates';
import { CALENDAR_RULES } from './calendar-phrases';
import type { MentionDate, PhraseRule } from './date-phrase';
import { isFutureAt } from './detect-tense';
import { findExplicitDates } from './explicit-dates';
import { anchorNights } from './night-of-the-day';
import { DATELINE_RULE } from './dateline-rule';
import { RELATIVE_RULES } from './relative-phrases';
import { inside, overlaps } from '../ranges';

export { inheritDate, plannedWindow, publicationWindow, referredDate } from './inherit-date';

/**
 * "later in the day", "earlier that day", "the same day": the day of the happening told last, in an earlier sentence;
 * with none, "later in the day" is the day of publication. Rule "day-of-the-paragraph": "earlier in the day" and "later
 * in the day" name no day of their own, so they go on with the day the paragraph told (as a sentence inherits one,
 * inherit-date.ts); opening a paragraph they are the day of the report, not a day the story recalled paragraphs before
 * (u15 TASS: a ministry's words "earlier in the day" took the day of an envoy's visit, told in a quotation above).
 */
const SAME_DAY = /\b(?:(?:earlier|later) in the day|(?:earlier|later) that day|(?:on )?(?:that|the) same day)\b/gi;

/** A date of a few days at most can anchor a count of days. */
const isShort = (d: DateMention) => Date.parse(d.date.end) - Date.parse(d.date.start) <= 3 * 86_400_000;

function isValid(d: MentionDate): boolean {
  return isoDate.safeParse(d.start).success && isoDate.safeParse(d.end).success && d.start <= d.end;
}

/** Dates in one sentence: a dateline and relative phrases first, then explicit days, then months, years and weekdays, then anchored counts. */
function datesInSentence(body: string, s: Sentence, published: string, earlier: DateMention[], toldBefore: (nouns: string[]) => DateMention | undefined, paragraphStart: number): DateMention[] {
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
  // A dateline first: its day is the report's, which the explicit-day reader would take for an event's.
  runRules([DATELINE_RULE, ...RELATIVE_RULES]);
  for (const d of findExplicitDates(text, published, futureAt)) claim(d.index, d.length, d.date);
  runRules(CALENDAR_RULES);
  // "later in the day", "that same day": the day told last, in this sentence or before it.
  for (const m of text.matchAll(SAME_DAY)) {
    const at = s.start + m.index;
    const inTheDay = /in the day$/i.test(m[0]);
    const anchor = [...earlier, ...found].filter((d) => d.end <= at && isShort(d) && d.date.precision === 'day' && (!inTheDay || d.start >= paragraphStart)).sort((a, b) => b.end - a.end)[0];
    const date = anchor ? { ...anchor.date, basis: 'relative-phrase' as const } : inTheDay ? { start: published, end: published, precision: 'day' as const, basis: 'relative-phrase' as const } : null;
    if (date) claim(m.index, m[0].length, date);
  }
  for (const m of text.matchAll(ANCHORED)) {
    const match = { start: s.start + m.index, end: s.start + m.index + m[0].length };
    const date = resolveAnchored(m, match, s, [...earlier, ...found], toldBefore);
    if (date) claim(m.index, m[0].length, date);
  }
  // "told reporters after the meeting": the date of the meeting the story told before, and what "after" allows.
  for (const m of text.matchAll(TOLD_HAPPENING)) {
    const date = resolveToldHappening(m, published, toldBefore);
    if (date) claim(m.index, m[0].length, date);
  }
  return anchorNights(found, published, text, s.start).sort((a, b) => a.start - b.start);
}

/** Stage entry point: every date expression in the sentences, resolved against the publication date. */
export function resolveDates(body: string, sentences: Sentence[], published: string): DateMention[] {
  const all: DateMention[] = [];
  sentences.forEach((s, i) => {
    // The first earlier sentence naming the happening with a date of a day or so: where the story told it.
    const toldBefore = (nouns: string[]) => {
      if (nouns.length === 0) return undefined;
      const names = new RegExp(String.raw`\b(?:${nouns.join('|')})s?\b`, 'i');
      const told = sentences.slice(0, i).find((t) => names.test(t.text) && all.some((d) => inside(d, t) && isShort(d)));
      return told && all.find((d) => inside(d, told) && isShort(d));
    };
    const paragraphStart = sentences.find((t) => t.paragraph === s.paragraph)?.start ?? s.start;
    all.push(...datesInSentence(body, s, published, all, toldBefore, paragraphStart));
  });
  return all;
}
