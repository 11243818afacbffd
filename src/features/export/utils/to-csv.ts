import { EVENT_TYPES, type EventType } from '../../../shared/schema/event-types';
import { csvCell, UTF8_BOM } from '../../../shared/lib/csv';
import type { ExportedEvent } from './to-citations';

export { csvCell, UTF8_BOM } from '../../../shared/lib/csv';

/**
 * A CAMEO code is text: a spreadsheet reads a bare "041" as the number 41. Followed by its type's name it stays
 * text everywhere, without a formula, and the code still leads the cell.
 */
export function cameoText(cameo: string, type: string): string {
  const label = type in EVENT_TYPES ? EVENT_TYPES[type as EventType].label : type;
  return `${cameo} (${label})`;
}

/** Said in words where a fact is unknown, so an empty cell never reads as "forgotten". */
const UNKNOWN = 'unknown';

export const CSV_COLUMNS = [
  'event_id', 'title', 'summary', 'conflict', 'type', 'cameo', 'status', 'date', 'date_start', 'date_end', 'date_precision',
  'date_uncertainty', 'countries', 'actors', 'corroboration', 'publisher', 'url', 'published', 'article_title', 'speaker', 'excerpt',
] as const;

/** One row per citation (an event with three sources gives three rows), so every excerpt keeps its publisher and link. */
export function toCsv(events: readonly ExportedEvent[]): string {
  const rows = events.flatMap((ev) =>
    ev.citations.map((c) => [
      ev.id, ev.title, ev.summary, ev.conflict, ev.type, cameoText(ev.cameo, ev.type), ev.status,
      ev.dateShown, ev.dateStart, ev.dateEnd, ev.datePrecision, ev.dateUncertainty,
      ev.countries.join('; '), ev.actors.join('; '), ev.corroboration,
      c.publisher ?? UNKNOWN, c.url ?? UNKNOWN, c.published, c.articleTitle, c.speaker, c.excerpt,
    ]),
  );
  return UTF8_BOM + [CSV_COLUMNS, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
