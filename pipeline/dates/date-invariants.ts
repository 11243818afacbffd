import type { Article, TimelineEvent } from '../../src/shared/schema';

/** A year written out in the date's own words: only then may a date leave the publication year or the one before. */
const STATED_YEAR = /\b(?:19|20)\d{2}\b/;

export interface DateViolation {
  event: string;
  rule: 'occurred-after-publication' | 'planned-before-publication' | 'year-not-stated';
  message: string;
}

/**
 * What every event date must satisfy against the articles it is read from: a reported happening cannot postdate
 * the report, a plan cannot lie before it, and a year the text does not state is the publication year or the one
 * before.
 */
export function dateViolations(events: TimelineEvent[], articles: Map<string, Article>): DateViolation[] {
  const out: DateViolation[] = [];
  for (const e of events) {
    const published = e.sources.map((s) => articles.get(s.article)?.published).filter((p): p is string => p !== undefined).sort();
    const first = published[0];
    if (!first) continue;
    if (e.status === 'occurred' && e.date.start > first) out.push({ event: e.id, rule: 'occurred-after-publication', message: `occurred event starts ${e.date.start}, after its article of ${first}` });
    if (e.status === 'planned' && e.date.end < first) out.push({ event: e.id, rule: 'planned-before-publication', message: `planned event ends ${e.date.end}, before its article of ${first}` });
    const stated = e.date.evidence !== null && STATED_YEAR.test(e.date.evidence.excerpt);
    const year = Number(first.slice(0, 4));
    const years = [Number(e.date.start.slice(0, 4)), Number(e.date.end.slice(0, 4))];
    if (!stated && years.some((y) => y < year - 1 || y > year)) out.push({ event: e.id, rule: 'year-not-stated', message: `dated ${e.date.start}…${e.date.end}, outside ${year - 1}–${year}, and its date words state no year` });
  }
  return out;
}
