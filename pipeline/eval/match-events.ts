import type { Person, TimelineEvent } from '../../src/shared/schema';
import { daysBetween } from '../dates/calendar';
import type { KeyEvent } from './answer-key';

/** The matching rule of the dev corpus's README, one named criterion at a time, in the order misses are explained. */
export const CRITERIA = ['conflict', 'type', 'actor', 'date'] as const;
export type Criterion = (typeof CRITERIA)[number];
/**
 * 'not detected': no output event cites the key's article at all. 'not read from its sentence': events cite the
 * article, but none cites the key's support sentence, so whatever is closest was read from other words and its
 * failed criterion says nothing about why this sentence gave no event.
 */
export type MissCause = 'not detected' | 'not read from its sentence' | Criterion | 'merged';
export const MISS_CAUSES: readonly MissCause[] = ['not detected', 'not read from its sentence', ...CRITERIA, 'merged'];

/** A date range wider than this never matches (a guess over a whole season says nothing). */
export const WIDEST_MATCHING_RANGE_DAYS = 31;

export interface MatchContext {
  /** Article id by the key's file name. */
  articleIdOf: (file: string) => string | undefined;
  people: Map<string, Person>;
}

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

/** Every spelling of a person the dataset knows: a key actor matches one of them. */
function spellings(p: Person | undefined): Set<string> {
  return new Set(p ? [p.name, ...p.aliases].map(fold) : []);
}

export function hasActor(e: TimelineEvent, name: string, ctx: MatchContext): boolean {
  const want = fold(name);
  return e.actors.some((id) => spellings(ctx.people.get(id)).has(want));
}

export function dateMatches(e: TimelineEvent, k: KeyEvent): boolean {
  const overlaps = e.date.start <= k.to && e.date.end >= k.from;
  return overlaps && daysBetween(e.date.start, e.date.end) + 1 <= WIDEST_MATCHING_RANGE_DAYS;
}

/** The criteria an output event fails for a key event; empty means it matches. */
export function failedCriteria(e: TimelineEvent, k: KeyEvent, ctx: MatchContext): Criterion[] {
  const failed: Criterion[] = [];
  if (e.conflict !== k.conflict) failed.push('conflict');
  if (!k.types.includes(e.type)) failed.push('type');
  if (!k.actors.every((a) => hasActor(e, a, ctx))) failed.push('actor');
  if (!dateMatches(e, k)) failed.push('date');
  return failed;
}

export const citesArticle = (e: TimelineEvent, articleId: string | undefined) => articleId !== undefined && e.sources.some((s) => s.article === articleId);
export const citesSupport = (e: TimelineEvent, k: KeyEvent, articleId: string | undefined) =>
  e.sources.some((s) => s.article === articleId && s.start < k.support.end && k.support.start < s.end);

/**
 * One output event can stand for the same happening in several articles (that is what merging is for), but for one
 * article it answers one key event. So the unit matched is (output event, article): a maximum bipartite matching,
 * required key events first so that an optional one never takes a required one's event.
 */
export function matchKeyEvents(key: KeyEvent[], events: TimelineEvent[], ctx: MatchContext, allows: (e: TimelineEvent, k: KeyEvent) => boolean, prefers: (e: TimelineEvent, k: KeyEvent) => boolean = () => true): Map<KeyEvent, TimelineEvent> {
  const candidates = new Map<KeyEvent, TimelineEvent[]>();
  for (const k of key) {
    const article = ctx.articleIdOf(k.article);
    // Candidates that cite the key's own sentence are tried first: the closest reading of the same words; before
    // them, those the caller prefers.
    const fits = events.filter((e) => citesArticle(e, article) && allows(e, k));
    const ordered = [...fits.filter((e) => citesSupport(e, k, article)), ...fits.filter((e) => !citesSupport(e, k, article))];
    candidates.set(k, [...ordered.filter((e) => prefers(e, k)), ...ordered.filter((e) => !prefers(e, k))]);
  }
  const holder = new Map<string, KeyEvent>();
  const slot = (e: TimelineEvent, k: KeyEvent) => `${e.id}\u0000${k.article}`;
  const augment = (k: KeyEvent, seen: Set<string>): boolean => {
    for (const e of candidates.get(k) ?? []) {
      const s = slot(e, k);
      if (seen.has(s)) continue;
      seen.add(s);
      const other = holder.get(s);
      if (!other || augment(other, seen)) {
        holder.set(s, k);
        return true;
      }
    }
    return false;
  };
  for (const k of [...key.filter((x) => !x.optional), ...key.filter((x) => x.optional)]) augment(k, new Set());
  const matched = new Map<KeyEvent, TimelineEvent>();
  const byId = new Map(events.map((e) => [e.id, e]));
  for (const [s, k] of holder) {
    const e = byId.get(s.split('\u0000')[0] ?? '');
    if (e) matched.set(k, e);
  }
  return matched;
}

export interface Miss {
  key: KeyEvent;
  cause: MissCause;
  closest: TimelineEvent | null;
}

/**
 * Why a key event was missed: the first criterion failed by the closest output event read from the key's own
 * sentence; or, when no event cites that sentence, that it was not read from it (or not detected at all when no
 * event cites the article).
 */
export function explainMiss(k: KeyEvent, events: TimelineEvent[], ctx: MatchContext): Miss {
  const article = ctx.articleIdOf(k.article);
  const inArticle = events.filter((e) => citesArticle(e, article));
  const closest = (pool: TimelineEvent[]) =>
    pool.map((e) => ({ e, failed: failedCriteria(e, k, ctx) })).sort((a, b) => a.failed.length - b.failed.length)[0];
  const best = closest(inArticle.filter((e) => citesSupport(e, k, article)));
  if (!best) {
    const elsewhere = closest(inArticle);
    return { key: k, cause: elsewhere ? 'not read from its sentence' : 'not detected', closest: elsewhere?.e ?? null };
  }
  return { key: k, cause: best.failed[0] ?? 'merged', closest: best.e };
}
