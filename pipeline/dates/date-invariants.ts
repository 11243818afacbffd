import type { Article, EventDate, TimelineEvent } from '../../src/shared/schema';
import { plannedWindow, publicationWindow } from './inherit-date';

/** A year written out in the date's own words: only then may a date leave the publication year or the one before. */
const STATED_YEAR = /\b(?:19|20)\d{2}\b/;

export type DateRule = 'occurred-after-publication' | 'planned-before-publication' | 'year-not-stated';

export interface DateViolation {
  event: string;
  rule: DateRule;
  message: string;
}

type Dated = Pick<EventDate, 'start' | 'end'>;

/**
 * The first rule a date breaks against the article that tells it, or null: a reported happening cannot postdate
 * the report, a plan cannot lie before it, and a year the text does not state (`words` are the date's own words,
 * null when it has none) is the publication year or the one before.
 */
export function dateFault(date: Dated, planned: boolean, published: string, words: string | null): DateRule | null {
  if (!planned && date.start > published) return 'occurred-after-publication';
  if (planned && date.end < published) return 'planned-before-publication';
  const year = Number(published.slice(0, 4));
  const years = [Number(date.start.slice(0, 4)), Number(date.end.slice(0, 4))];
  const stated = words !== null && STATED_YEAR.test(words);
  if (!stated && years.some((y) => y < year - 1 || y > year)) return 'year-not-stated';
  return null;
}

const MESSAGES: Record<DateRule, (d: Dated, published: string) => string> = {
  'occurred-after-publication': (d, p) => `occurred event starts ${d.start}, after its article of ${p}`,
  'planned-before-publication': (d, p) => `planned event ends ${d.end}, before its article of ${p}`,
  'year-not-stated': (d, p) => `dated ${d.start}…${d.end}, outside ${Number(p.slice(0, 4)) - 1}–${p.slice(0, 4)}, and its date words state no year`,
};

/**
 * What every event date must satisfy against the articles it is read from, checked against the earliest of them:
 * a reported happening cannot postdate the report, a plan cannot lie before it, and a year the text does not state
 * is the publication year or the one before.
 */
export function dateViolations(events: TimelineEvent[], articles: Map<string, Article>): DateViolation[] {
  const out: DateViolation[] = [];
  for (const e of events) {
    const published = e.sources.map((s) => articles.get(s.article)?.published).filter((p): p is string => p !== undefined).sort();
    const first = published[0];
    if (!first) continue;
    const rule = dateFault(e.date, e.status === 'planned', first, e.date.evidence?.excerpt ?? null);
    if (rule) out.push({ event: e.id, rule, message: MESSAGES[rule](e.date, first) });
  }
  return out;
}

/**
 * The pipeline's last word on dates, after events from several articles are merged: a merged event may carry the
 * date one later article gave it, which the earliest article (written before that day) cannot report. Such a date
 * gives way to the honest one, the week up to the earliest publication (for a plan, the month from it: plannedWindow).
 */
export function enforceDateInvariants<E extends TimelineEvent>(events: E[], articles: Map<string, Article>): E[] {
  return events.map((e) => {
    const first = e.sources.map((s) => articles.get(s.article)?.published).filter((p): p is string => p !== undefined).sort()[0];
    if (!first || dateFault(e.date, e.status === 'planned', first, e.date.evidence?.excerpt ?? null) === null) return e;
    return { ...e, date: { ...(e.status === 'planned' ? plannedWindow(first) : publicationWindow(first)), evidence: null } };
  });
}
