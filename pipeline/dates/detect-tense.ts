import { FUTURE_MARKER, HEADLINE_DUE_IN, HEADLINE_INFINITIVE_VERB, PAST_MARKER, PRESENT_AFTER_TIME_WORD } from '../lexicon/tense-words';

/**
 * Whether a date at [start, end) of a sentence refers forward ("will speak again on May 12") or back. The tense
 * marker nearest to the date wins, so in "said on Tuesday that he will meet on Friday" each date gets its own.
 */
const FUTURE = new RegExp(String.raw`\b(?:${FUTURE_MARKER})\b|'ll\b`, 'gi');
/** "once Lavrov meets Witkoff on Tuesday": the present after a word of time looks forward. */
const TIME_CLAUSE_PRESENT = new RegExp(PRESENT_AFTER_TIME_WORD.source, 'gu');
/**
 * A participle of the future passive ("will be held on Friday", "is to be signed on Monday") looks like a past marker
 * but is part of the plan: not a past word after "will be", "would be", "shall be" or "to be".
 */
const NOT_A_FUTURE_PASSIVE = String.raw`(?<!\b(?:will|would|shall|to)\s+be\s+)`;
const PAST = new RegExp(String.raw`${NOT_A_FUTURE_PASSIVE}\b(?:${PAST_MARKER})\b`, 'gi');
/**
 * A date set before its clause ("On Sunday, Fox News cited an official saying X would travel") is read by the clause's
 * own verb, which comes first: a regular past form counts there as well as the listed ones. Not a participle after a
 * form of "be" ("is expected", "was scheduled"), nor a word in "-eed" ("proceed").
 */
const PAST_AFTER = new RegExp(String.raw`\b(?:${PAST_MARKER})\b|(?<!\b(?:is|are|was|were|be|been|being)\s)\b\w{2,}[^\We]ed\b`, 'gi');

/** How far a tense marker is from the date, counting only markers on one side of it (or overlapping it). */
function nearest(re: RegExp, text: string, start: number, end: number, side: 'before' | 'after'): number {
  let best = Infinity;
  for (const m of text.matchAll(re)) {
    const mEnd = m.index + m[0].length;
    if (side === 'before' ? m.index >= end : mEnd <= start) continue;
    const d = mEnd <= start ? start - mEnd : m.index >= end ? m.index - end : 0;
    if (d < best) best = d;
  }
  return best;
}

/**
 * Rule "a headline's plan dates ahead": "Trump to speak with Putin on Monday", "Erdogan set to host talks on Thursday",
 * "Dar due in Beijing on Thursday": a sentence that opens with names and "to" and a verb (or "due in") announces what
 * is ahead, so a date after that verb with no word of the past between is the next such day.
 */
function aheadInHeadline(sentence: string, start: number): boolean {
  const plan = HEADLINE_INFINITIVE_VERB.exec(sentence) ?? HEADLINE_DUE_IN.exec(sentence);
  return plan !== null && plan[0].length <= start && nearest(PAST, sentence.slice(0, start), start, start, 'before') === Infinity;
}

/**
 * Rule "a quotation keeps its tense": a quotation opened after the date is what was said, in the speaker's own time
 * ("Trump posted on Wednesday: \"I am speaking to Putin now ... I will report the contents\""): its "will" looks ahead
 * from the words' moment, not from the date's clause, and does not make the date a day to come (u24 dated the post a
 * week after the paper). The text after a date is read only up to the first quotation mark after it.
 */
const QUOTATION_OPENS = /["“]/;
function beforeAQuotation(sentence: string, end: number): string {
  const at = sentence.slice(end).search(QUOTATION_OPENS);
  return at < 0 ? sentence : sentence.slice(0, end + at);
}

/**
 * The verb that governs a date stands before it: "Putin would meet Zelensky on Thursday, Lavrov said" is a future
 * Thursday, whatever the reporting verb after it says. Only a date with no marker before it takes the nearest after
 * it ("On Friday, the ministers will meet").
 */
export function isFutureAt(sentence: string, start: number, end: number): boolean {
  if (aheadInHeadline(sentence, start)) return true;
  const [future, past] = [Math.min(nearest(FUTURE, sentence, start, end, 'before'), nearest(TIME_CLAUSE_PRESENT, sentence, start, end, 'before')), nearest(PAST, sentence, start, end, 'before')];
  if (future !== Infinity || past !== Infinity) return future < past;
  const own = beforeAQuotation(sentence, end);
  const after = nearest(FUTURE, own, start, end, 'after');
  return after !== Infinity && after < nearest(PAST_AFTER, own, start, end, 'after');
}
