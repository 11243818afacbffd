import type { Article, Person, TimelineEvent } from '../../../shared/schema';
import { formatEventDate, whyUncertain } from '../../../shared/lib/event-date-words';

/** One event with its citations spelled out, the shape both exports share. */
export interface ExportedEvent {
  id: string;
  title: string;
  /** In the sources' own words. */
  summary: string;
  conflict: string;
  type: string;
  cameo: string;
  status: string;
  dateStart: string;
  dateEnd: string;
  datePrecision: string;
  /** "8 May 2025", or "≈ 2 May 2025 – 9 May 2025" for an uncertain date. */
  dateShown: string;
  /** Why the date is uncertain, in words; empty when it is exact. */
  dateUncertainty: string;
  countries: string[];
  actors: string[];
  corroboration: number;
  citations: { publisher: string | null; url: string | null; published: string | null; articleTitle: string | null; excerpt: string; speaker: string | null }[];
}

export function toExportedEvents(
  events: readonly TimelineEvent[],
  articles: ReadonlyMap<string, Article>,
  people: ReadonlyMap<string, Person>,
): ExportedEvent[] {
  return events.map((ev) => ({
    id: ev.id,
    title: ev.title,
    summary: ev.summary ?? '',
    conflict: ev.conflict,
    type: ev.type,
    cameo: ev.cameo,
    status: ev.status,
    dateStart: ev.date.start,
    dateEnd: ev.date.end,
    datePrecision: ev.date.precision,
    dateShown: formatEventDate(ev.date),
    dateUncertainty: whyUncertain(ev.date, articles.get(ev.date.evidence?.article ?? ev.sources[0]?.article ?? '')) ?? '',
    countries: ev.countries,
    actors: ev.actors.map((a) => people.get(a)?.name ?? a),
    corroboration: ev.corroboration,
    citations: ev.sources.map((s) => {
      const art = articles.get(s.article);
      return {
        publisher: art?.publisher ?? null,
        url: art?.url ?? null,
        published: art?.published ?? null,
        articleTitle: art?.title ?? null,
        excerpt: s.excerpt,
        speaker: s.speaker ? (people.get(s.speaker)?.name ?? s.speaker) : null,
      };
    }),
  }));
}
