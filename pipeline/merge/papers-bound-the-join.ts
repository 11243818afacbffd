import type { Article } from '../../src/shared/schema';
import { addDays, daysBetween } from '../dates/calendar';
import { dateFault } from '../dates/date-invariants';
import { PUBLICATION_WINDOW_DAYS } from '../dates/inherit-date';
import type { ExtractedEvent } from '../events/extract-events';
import { betterDate, isGuess, isStated } from './compare-dates';
import { NEWS_DAYS, SAYINGS } from './sayings';

/**
 * Rules on joining accounts from different papers that only the papers' own days can decide: the merge compares dates,
 * but a date read as "the week up to publication" or carried over from the sentence before says less than the day the
 * paper came out. Each rule is named; the merge refuses a join when one of them does.
 */
export type PapersRule = 'told-by-then' | 'sayings-days-apart' | 'guesses-weeks-apart';

interface Span {
  start: string;
  end: string;
}

/** The days the papers of an event came out, earliest first. */
function papersOf(e: ExtractedEvent, articles: Map<string, Article>): string[] {
  const days = new Set<string>();
  for (const s of e.sources) {
    const p = articles.get(s.article)?.published;
    if (p) days.add(p);
  }
  return [...days].sort();
}

/**
 * Rule "told-by-then": the date a join keeps (the better of the two) must be one the earliest paper could report. A
 * join whose date starts after the earliest paper came out (or, for a plan, ends before it) is one the date invariants
 * undo, setting the whole event back to that paper's week and losing the day every later paper gave it: Saturday's
 * paper cannot tell the meeting another paper carries over to Tuesday. Such a join is two events that loose dates
 * (a guess carried over from another sentence may be three days off) walked forward, one paper at a time.
 */
function toldByThen(a: ExtractedEvent, b: ExtractedEvent, articles: Map<string, Article>): boolean {
  const first = [...papersOf(a, articles), ...papersOf(b, articles)].sort()[0];
  if (!first) return true;
  const joint = betterDate(a.date, b.date);
  return dateFault(joint, a.status === 'planned', first, joint.evidence?.excerpt ?? null) === null;
}

/**
 * Rule "sayings-days-apart": a person says something most days. Papers more than NEWS_DAYS apart that tell a saying
 * of the same person (same kind, same channel), one of them with no date words of its own (its paper's week, or a
 * date carried over from the sentence before), tell two sayings: the leader's undated words in Thursday's paper are
 * not the words another paper gave on Monday, nor the ones Monday's paper put "as of today". Only the other paper's
 * own date can join them, when it lies within the news days of the undated one's paper ("said on Sunday" is Monday's
 * news) or holds them all ("last week", read the week after); a range that starts within them and runs on past that
 * paper's day points to days the undated paper could not tell.
 */
function sayingsDaysApart(a: ExtractedEvent, b: ExtractedEvent, articles: Map<string, Article>): boolean {
  if (!SAYINGS.has(a.type) || (isStated(a.date) && isStated(b.date))) return false;
  const pa = papersOf(a, articles);
  const pb = papersOf(b, articles);
  if (!papersApart(pa, pb, NEWS_DAYS)) return false;
  const [undatedPapers, other] = isStated(a.date) ? [pb, a] : [pa, b];
  if (!isStated(other.date)) return true;
  return !undatedPapers.some((p) => oneHoldsTheOther(other.date, { start: addDays(p, -NEWS_DAYS), end: p }));
}

/** Whether one range lies within the other: a day within the news days, or a week that holds them all. */
function oneHoldsTheOther(a: Span, b: Span): boolean {
  return (a.start >= b.start && a.end <= b.end) || (b.start >= a.start && b.end <= a.end);
}

/** Whether every paper of one account is more than `days` from every paper of the other. */
function papersApart(pa: string[], pb: string[], days: number): boolean {
  return pa.every((x) => pb.every((y) => Math.abs(daysBetween(x, y)) > days));
}

/**
 * Rule "guesses-weeks-apart": "Ukraine had accepted a 30-day ceasefire", bounded by the week up to Tuesday's report, and
 * "Russia and Ukraine have agreed to a ceasefire in the Black Sea" in a paper two weeks later are two truces, though
 * each guess is wide enough to hold the other's days. Papers more than a week apart that both tell an act with no day
 * of their own (each only its paper's guess, or a guessed range carried over) tell two acts: only a date the text
 * states can join them. (Guesses of papers within a week of each other still join, when their ranges overlap.)
 */
function guessesWeeksApart(a: ExtractedEvent, b: ExtractedEvent, articles: Map<string, Article>): boolean {
  if (!isGuess(a.date) || !isGuess(b.date)) return false;
  const pa = papersOf(a, articles);
  const pb = papersOf(b, articles);
  // How far apart the papers may be for their guesses of one act's date to join: the week a guess spans.
  return papersApart(pa, pb, PUBLICATION_WINDOW_DAYS);
}

const RULES: { name: PapersRule; refuses: (a: ExtractedEvent, b: ExtractedEvent, articles: Map<string, Article>) => boolean }[] = [
  { name: 'told-by-then', refuses: (a, b, articles) => !toldByThen(a, b, articles) },
  { name: 'sayings-days-apart', refuses: sayingsDaysApart },
  { name: 'guesses-weeks-apart', refuses: guessesWeeksApart },
];

/** The first rule that refuses to join two accounts from different papers, or null when none does. */
export function papersRefuse(a: ExtractedEvent, b: ExtractedEvent, articles: Map<string, Article>): PapersRule | null {
  return RULES.find((r) => r.refuses(a, b, articles))?.name ?? null;
}
