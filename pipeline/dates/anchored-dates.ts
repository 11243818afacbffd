import { addDays } from './calendar';
import { NUMBER, parseNumber, type MentionDate } from './date-phrase';
import type { DateMention, Range } from '../types';

/** "two days after", "a week later", "the day before", "the following day": counted from an earlier date, not from publication. */
export const ANCHORED = new RegExp(String.raw`\b${NUMBER} (days?|weeks?) (after|later|before|earlier|prior)\b|\bthe (next|following|previous|preceding) day\b|\bthe day (after|before)\b`, 'gi');

/** Anchors further back than this are background ("in 2020"), not the event the phrase counts from. */
const MAX_ANCHOR_SPAN_DAYS = 31;

/** How far after "two days after" its anchor's date may be written ("two days after the April 22 attack"). */
const MAX_ANCHOR_GAP = 60;

/** Nouns that name one happening in different words: "the attack" after a story of "a missile strike" is that strike. */
const SAME_HAPPENING = [
  ['attack', 'strike', 'airstrike', 'bombing', 'shelling', 'assault', 'raid'],
  ['meeting', 'talks', 'summit'],
  ['call', 'conversation'],
];
/** "the day before the attack", "two days after the talks": the happening counted from, named after the phrase. */
const NAMED_ANCHOR = /^\s+(?:the|that|this|last\s+week['’]s)\s+(?:[\w-]+\s+){0,2}?([a-z]+?)s?\b/i;

/** The words that may name the happening after an anchored phrase, or none when no known noun follows. */
export function anchorNouns(after: string): string[] {
  const noun = NAMED_ANCHOR.exec(after)?.[1]?.toLowerCase();
  return SAME_HAPPENING.find((words) => noun !== undefined && words.includes(noun)) ?? [];
}

/**
 * Resolves an anchored phrase. "N days after/before X" counts from X, so only a date written just after the phrase
 * in the same sentence can anchor it; "N days later/earlier", "the next day" count from the latest date before it.
 * Day precision only when the anchor is in the same sentence and known to the day; otherwise the count is right
 * but the anchor a guess, so approximate. Null when nothing is dated: the sentence then inherits a date instead.
 */
export function resolveAnchored(m: RegExpExecArray, match: Range, sentence: Range, known: DateMention[], toldBefore: (nouns: string[]) => DateMention | undefined): MentionDate | null {
  const candidates = known.filter((d) => spanDays(d.date) <= MAX_ANCHOR_SPAN_DAYS);
  let anchor: DateMention | undefined;
  if (/\b(after|before|prior)$/i.test(m[0])) {
    // "on Wednesday, a day after the attack" restates Wednesday; only a date after the phrase is its anchor, else
    // the date of the happening it names as told earlier in the story ("the day before the attack").
    anchor = candidates.filter((d) => d.start >= match.end && d.start - match.end <= MAX_ANCHOR_GAP && d.end <= sentence.end).sort((a, b) => a.start - b.start)[0];
    anchor ??= toldBefore(anchorNouns(m.input.slice(m.index + m[0].length)));
  } else anchor = candidates.filter((d) => d.end <= match.start).sort((a, b) => b.end - a.end)[0];
  if (!anchor) return null;
  let offset: number;
  if (m[1]) {
    const { n } = parseNumber(m[1]);
    const unit = (m[2] ?? '').toLowerCase().startsWith('week') ? 7 : 1;
    offset = n * unit * (/after|later/i.test(m[3] ?? '') ? 1 : -1);
  } else offset = /next|following|after/i.test(m[4] ?? m[5] ?? '') ? 1 : -1;
  const exact = anchor.start >= sentence.start && anchor.end <= sentence.end && anchor.date.precision === 'day';
  return { start: addDays(anchor.date.start, offset), end: addDays(anchor.date.end, offset), precision: exact ? 'day' : 'approximate', basis: 'relative-phrase' };
}

function spanDays(d: MentionDate): number {
  return (Date.parse(d.end) - Date.parse(d.start)) / 86_400_000;
}
