import type { TimelineEvent } from '../../src/shared/schema';
import type { KeyEvent } from './answer-key';
import { daysBetween } from '../dates/calendar';
import { citesArticle, dateMatches, explainMiss, failedCriteria, matchKeyEvents, MISS_CAUSES, WIDEST_MATCHING_RANGE_DAYS, type MatchContext, type Miss, type MissCause } from './match-events';

export interface Ratio {
  hits: number;
  of: number;
}

export interface Score {
  required: number;
  optional: number;
  foundRequired: number;
  foundOptional: number;
  /** Output events citing a keyed article, counted once per article they cite (the unit the key counts in). */
  outputUnits: number;
  perRequired: number;
  perKeyEvent: number;
  /**
   * dateRight: of the events right on every ground but the date, those whose range holds the true one (≤ 31 days).
   * A key event whose own range is wider than 31 days cannot be answered both honestly and within the matching
   * width, so it is left out of dateRight and counted in dateUnjudgeable.
   */
  fields: { dateExact: Ratio; dateCovers: Ratio; dateRight: Ratio; actorsExact: Ratio; bestType: Ratio; status: Ratio; channel: Ratio };
  dateUnjudgeable: number;
  /** The judged pairs whose range does not hold the true date (the complement of dateRight's hits), to read. */
  dateWrong: { key: KeyEvent; event: TimelineEvent }[];
  causes: Record<MissCause, number>;
  misses: Miss[];
  spurious: TimelineEvent[];
  matched: { key: KeyEvent; event: TimelineEvent }[];
}

const ratio = (pairs: unknown[], ok: (i: number) => boolean): Ratio => ({ hits: pairs.filter((_, i) => ok(i)).length, of: pairs.length });
export const percent = (r: Ratio) => (r.of === 0 ? 0 : (100 * r.hits) / r.of);

/** Scores a pipeline's events against an answer key by the dev corpus's matching rule. */
export function scoreEvents(key: KeyEvent[], events: TimelineEvent[], ctx: MatchContext): Score {
  const keyed = new Set(key.map((k) => ctx.articleIdOf(k.article)).filter((id) => id !== undefined));
  const relevant = events.filter((e) => e.sources.some((s) => keyed.has(s.article)));
  const matchedMap = matchKeyEvents(key, relevant, ctx, (e, k) => failedCriteria(e, k, ctx).length === 0);
  const matched = [...matchedMap].map(([k, event]) => ({ key: k, event }));
  // Dates are judged on the events found on every other ground: is the date right where the event is right? Where
  // several such events fit one key event ("met on May 10, 12 and 14"), the one with a matching date is paired first.
  const withoutDate = matchKeyEvents(key, relevant, ctx, (e, k) => failedCriteria(e, k, ctx).every((c) => c === 'date'), (e, k) => dateMatches(e, k));
  const paired = [...withoutDate].map(([k, event]) => ({ key: k, event }));
  const dated = paired.filter((m) => daysBetween(m.key.from, m.key.to) + 1 <= WIDEST_MATCHING_RANGE_DAYS);
  const dateHolds = (m: { key: KeyEvent; event: TimelineEvent }) => dateMatches(m.event, m.key) && m.event.date.start <= m.key.from && m.event.date.end >= m.key.to;
  const misses = key.filter((k) => !k.optional && !matchedMap.has(k)).map((k) => explainMiss(k, relevant, ctx));
  const used = new Set(matched.map((m) => m.event.id));
  const spurious = relevant.filter((e) => !used.has(e.id));
  const causes = Object.fromEntries(MISS_CAUSES.map((c) => [c, 0])) as Record<MissCause, number>;
  for (const m of misses) causes[m.cause] += 1;
  const outputUnits = relevant.reduce((n, e) => n + [...keyed].filter((id) => citesArticle(e, id)).length, 0);
  const required = key.filter((k) => !k.optional).length;
  const actorIds = (m: { key: KeyEvent; event: TimelineEvent }) => m.event.actors.length === m.key.actors.length;
  return {
    required,
    optional: key.length - required,
    foundRequired: matched.filter((m) => !m.key.optional).length,
    foundOptional: matched.filter((m) => m.key.optional).length,
    outputUnits,
    perRequired: required === 0 ? 0 : outputUnits / required,
    perKeyEvent: key.length === 0 ? 0 : outputUnits / key.length,
    fields: {
      dateExact: ratio(matched, (i) => matched[i]?.event.date.start === matched[i]?.key.from && matched[i]?.event.date.end === matched[i]?.key.to),
      dateCovers: ratio(matched, (i) => { const m = matched[i]; return !!m && m.event.date.start <= m.key.from && m.event.date.end >= m.key.to; }),
      dateRight: ratio(dated, (i) => { const m = dated[i]; return !!m && dateHolds(m); }),
      actorsExact: ratio(matched, (i) => { const m = matched[i]; return !!m && actorIds(m); }),
      bestType: ratio(matched, (i) => matched[i]?.event.type === matched[i]?.key.types[0]),
      status: ratio(matched, (i) => matched[i]?.event.status === matched[i]?.key.status),
      channel: ratio(matched, (i) => { const m = matched[i]; return !!m && (m.key.channel == null || m.key.channel === m.event.channel); }),
    },
    dateUnjudgeable: paired.length - dated.length,
    dateWrong: dated.filter((m) => !dateHolds(m)),
    causes,
    misses,
    spurious,
    matched,
  };
}
