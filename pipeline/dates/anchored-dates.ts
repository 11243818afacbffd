import { addDays, minIso } from './calendar';
import { NUMBER, parseNumber, type MentionDate } from './date-phrase';
import type { DateMention, Range } from '../types';

/**
 * "two days after", "a week later", "the day before", "the following day": counted from an earlier date, not from
 * publication. Rule "parts-of-the-day-before": "the previous night", "the preceding evening", "the next morning", "the
 * night before" count a day the same way (u15: "an exchange of fire the previous night", "steps taken the previous
 * evening" were no date, and took the week before the paper); a night is the evening of that day into the next.
 * Groups: the count, its unit and direction; "next" or "previous" and the part of the day; the part and "after" or "before".
 */
export const ANCHORED = new RegExp(String.raw`\b${NUMBER} (days?|weeks?) (after|later|before|earlier|prior)\b|\bthe (next|following|previous|preceding) (day|night|evening|morning|afternoon)\b|\bthe (day|night|evening) (after|before)\b`, 'gi');

/** Anchors further back than this are background ("in 2020"), not the event the phrase counts from. */
const MAX_ANCHOR_SPAN_DAYS = 31;

/**
 * Rule "days-count-from-a-day": a count of days ("the previous day", "two days later", "the next morning") counts from
 * a day or a span of days, at most a week ("last week"), not from a month: "ready by next month. ... a summit in
 * Washington the previous day" counted back from September, a month still ahead (u23), where the day told before it
 * was the day to count from. A count of weeks may still count from a month.
 */
const MAX_DAY_ANCHOR_SPAN_DAYS = 7;

/** How far after "two days after" its anchor's date may be written ("two days after the April 22 attack"). */
const MAX_ANCHOR_GAP = 60;

/** Nouns that name one happening in different words: "the attack" after a story of "a missile strike" is that strike. */
const SAME_HAPPENING = [
  ['attack', 'strike', 'airstrike', 'bombing', 'shelling', 'assault', 'raid', 'incident'],
  ['meeting', 'talks', 'summit', 'negotiations', 'session', 'gathering'],
  ['call', 'conversation'],
  ['agreement', 'deal', 'truce', 'ceasefire'],
];
/** "the day before the attack", "two days after the talks": the happening counted from, named after the phrase. */
const NAMED_ANCHOR = /^\s+(?:the|that|this|last\s+week['’]s)\s+(?:[\w-]+\s+){0,2}?([a-z]+?)s?\b/i;

/**
 * Rule "happening-told-by-its-verb": a story tells a meeting or an attack by its verb first ("Witkoff met Putin on
 * Friday", "Drones struck Jammu on Saturday") and names it by its noun after ("After the meeting, ...", "Two days after
 * the attack, ..."): the verbs past in form that tell each kind of happening, beside its nouns. Only verbs that tell
 * nothing else ("hit" hits records, "spoke" speaks at conferences).
 */
const TOLD_BY_VERBS: Record<string, string[]> = { meeting: ['met'], attack: ['struck', 'attacked', 'shelled', 'bombed', 'raided'] };

/** A kind of happening's nouns with the verbs that tell it (TOLD_BY_VERBS). */
export function withItsVerbs(nouns: string[]): string[] {
  const head = nouns[0];
  return head === undefined ? nouns : [...nouns, ...(TOLD_BY_VERBS[head] ?? [])];
}

/** The nouns and verbs of the kind of happening a noun names ("attack": strike, bombing, struck, ...), or none. */
export const nounsOfKind = (noun: string): string[] => withItsVerbs(SAME_HAPPENING.find((words) => words.includes(noun)) ?? []);

/** The words that may name the happening after an anchored phrase, or none when no known noun follows. */
export function anchorNouns(after: string): string[] {
  const noun = NAMED_ANCHOR.exec(after)?.[1]?.toLowerCase();
  return withItsVerbs(SAME_HAPPENING.find((words) => noun !== undefined && words.includes(noun)) ?? []);
}

/**
 * Resolves an anchored phrase. "N days after/before X" counts from X, so only a date written just after the phrase
 * in the same sentence can anchor it; "N days later/earlier", "the next day" count from the latest date before it.
 * Day precision only when the anchor is in the same sentence and known to the day; otherwise the count is right
 * but the anchor a guess, so approximate. Null when nothing is dated: the sentence then inherits a date instead.
 */
export function resolveAnchored(m: RegExpExecArray, match: Range, sentence: Range, known: DateMention[], toldBefore: (nouns: string[]) => DateMention | undefined): MentionDate | null {
  const inDays = !/^weeks?$/i.test(m[2] ?? '');
  const candidates = known.filter((d) => spanDays(d.date) <= (inDays ? MAX_DAY_ANCHOR_SPAN_DAYS : MAX_ANCHOR_SPAN_DAYS));
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
  } else offset = /next|following|after/i.test(m[4] ?? m[7] ?? '') ? 1 : -1;
  const exact = anchor.start >= sentence.start && anchor.end <= sentence.end && anchor.date.precision === 'day';
  const start = addDays(anchor.date.start, offset);
  const end = addDays(anchor.date.end, offset);
  // A night runs from its evening into the next day.
  const night = /^night$/i.test(m[5] ?? m[6] ?? '');
  return { start, end: night && end === start ? addDays(end, 1) : end, precision: exact && !night ? 'day' : 'approximate', basis: 'relative-phrase' };
}

function spanDays(d: MentionDate): number {
  return (Date.parse(d.end) - Date.parse(d.start)) / 86_400_000;
}

/**
 * "told reporters after the meeting", "in a post before the talks", "spoke to Putin following the White House talks",
 * "at the start of talks": an act placed against a happening the story has told already, by a preposition of time and
 * a definite noun phrase naming it (one of SAME_HAPPENING). Groups: how near ("hours", "shortly"), the preposition, the
 * head noun, and a verb of its ending or start after it ("after the talks ended"). A bare plural ("at the start of talks")
 * names the talks of the story as well. Not "during": a fronted
 * "During the talks, ..." sets the scene of what a teller after it said, and dates no saying.
 */
/** Modifiers that make the noun another happening than the one told ("their last meeting", "the next round of talks"). */
const ANOTHER_ONE = String.raw`(?:last|previous|earlier|prior|past|first|next|upcoming|coming|new|second|third|fourth|fifth|future|planned|proposed|possible|expected|latest)`;

/**
 * "the attack", "that call", "the Doha talks": a definite noun phrase of a happening (one of SAME_HAPPENING, up to two
 * modifiers, none of another one), anywhere in a text, with the nouns and verbs that tell that kind of happening.
 */
const DEFINITE_HAPPENING = new RegExp(String.raw`\b(?:the|that|this)\s+(?:(?!${ANOTHER_ONE}\b)[\p{L}][\p{L}.'’-]*\s+){0,2}?(${SAME_HAPPENING.flat().join('|')})s?\b`, 'giu');
export function definiteHappenings(text: string): { start: number; end: number; nouns: string[] }[] {
  return [...text.matchAll(DEFINITE_HAPPENING)].map((m) => ({ start: m.index, end: m.index + m[0].length, nouns: nounsOfKind((m[1] ?? '').toLowerCase()) }));
}

export const TOLD_HAPPENING = new RegExp(
  String.raw`\b(?:(just|shortly|soon|hours|minutes|moments|an\s+hour|a\s+few\s+hours)\s+)?(after|following|before|ahead\s+of|at\s+the\s+(?:start|end|close|opening)\s+of|on\s+the\s+sidelines\s+of)\s+(?:(?:the|that|this|those|these|their|his|her)\s+(?:(?!${ANOTHER_ONE}\b)[\p{L}][\p{L}.'’-]*\s+){0,2}?(?=(?:talks|negotiations|meetings?|summit|session|gathering|calls?|conversations?|agreement|deal|truce|ceasefire|attacks?|strikes?|airstrikes?|bombing|shelling|assault|raids?)\b)|(?=(?:talks|negotiations)\b))([a-z]+)(?:\s+(?:had\s+)?(?:concluded|ended|finished|closed|began|started|opened))?\b`,
  'giu',
);

/** How far from a happening "after it" or "before it" may reach when no nearness is told: the week, as news tells on. */
const TOLD_HAPPENING_REACH_DAYS = 7;

/**
 * The date of an act told against a happening told before (TOLD_HAPPENING), or null when the story gives that
 * happening no date of a few days. At its start or end, on its sidelines: its day. Hours or shortly after: that day or the
 * next. After it: from that day up to a week on, never past publication. Before it: the week up to it, or the day
 * before when told as near. Approximate unless told at a happening dated to the day.
 */
export function resolveToldHappening(m: RegExpExecArray, published: string, toldBefore: (nouns: string[]) => DateMention | undefined): MentionDate | null {
  const noun = (m[3] ?? '').toLowerCase().replace(/s$/, '');
  const nouns = SAME_HAPPENING.find((words) => words.includes(noun) || words.includes(`${noun}s`));
  // "Witkoff met Putin on Friday. After the meeting, he said": a meeting the story told by its verb.
  const anchor = nouns ? toldBefore(withItsVerbs(nouns)) : undefined;
  if (!anchor) return null;
  const { start, end, precision } = anchor.date;
  const near = m[1] !== undefined;
  const relation = (m[2] ?? '').toLowerCase();
  const upTo = (days: number) => (end >= published ? end : minIso(addDays(end, days), published));
  if (/^(?:after|following)$/.test(relation)) return { start, end: upTo(near ? 1 : TOLD_HAPPENING_REACH_DAYS), precision: 'approximate', basis: 'relative-phrase' };
  if (/^(?:before|ahead)/.test(relation)) return { start: addDays(start, near ? -1 : -TOLD_HAPPENING_REACH_DAYS), end, precision: 'approximate', basis: 'relative-phrase' };
  return { start, end, precision: precision === 'day' ? 'day' : 'approximate', basis: 'relative-phrase' };
}
