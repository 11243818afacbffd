import type { ExportedEvent } from './to-citations';

/**
 * Spreadsheets run cells starting with = + - @ (and tab or carriage return) as formulas: a quote in front keeps
 * them text (OWASP's CSV injection advice). Then RFC 4180 quoting.
 */
export function csvCell(value: string | number | null): string {
  let s = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const CSV_COLUMNS = [
  'event_id', 'title', 'conflict', 'type', 'cameo', 'status', 'date_start', 'date_end', 'date_precision',
  'countries', 'actors', 'corroboration', 'publisher', 'url', 'published', 'article_title', 'speaker', 'excerpt',
] as const;

/** One row per citation (an event with three sources gives three rows), so every excerpt keeps its publisher and link. */
export function toCsv(events: readonly ExportedEvent[]): string {
  const rows = events.flatMap((ev) =>
    ev.citations.map((c) => [
      ev.id, ev.title, ev.conflict, ev.type, ev.cameo, ev.status, ev.dateStart, ev.dateEnd, ev.datePrecision,
      ev.countries.join('; '), ev.actors.join('; '), ev.corroboration,
      c.publisher, c.url, c.published, c.articleTitle, c.speaker, c.excerpt,
    ]),
  );
  return [CSV_COLUMNS, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
