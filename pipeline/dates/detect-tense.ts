import { FUTURE_MARKER, PAST_MARKER } from '../lexicon/tense-words';

/**
 * Whether a date at [start, end) of a sentence refers forward ("will speak again on May 12") or back. The tense
 * marker nearest to the date wins, so in "said on Tuesday that he will meet on Friday" each date gets its own.
 */
const FUTURE = new RegExp(String.raw`\b(?:${FUTURE_MARKER})\b|'ll\b`, 'gi');
const PAST = new RegExp(String.raw`\b(?:${PAST_MARKER})\b`, 'gi');

function nearest(re: RegExp, text: string, start: number, end: number): number {
  let best = Infinity;
  for (const m of text.matchAll(re)) {
    const mEnd = m.index + m[0].length;
    const d = mEnd <= start ? start - mEnd : m.index >= end ? m.index - end : 0;
    if (d < best) best = d;
  }
  return best;
}

export function isFutureAt(sentence: string, start: number, end: number): boolean {
  const future = nearest(FUTURE, sentence, start, end);
  return future !== Infinity && future < nearest(PAST, sentence, start, end);
}
