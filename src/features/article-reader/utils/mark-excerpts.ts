import type { TimelineEvent } from '../../../shared/schema';

/** A run of the article's text: marked when some event cites it, with the events whose excerpts end here. */
export interface TextRun {
  start: number;
  end: number;
  text: string;
  /** Events citing these words. */
  citedBy: string[];
  /** Events whose excerpt ends with this run: where the reader can jump to them. */
  endsHere: string[];
}

/**
 * Splits one paragraph of an article (body.slice(from, to)) into runs at every excerpt's start and end, so every
 * excerpt of every event is marked, overlapping ones included.
 */
export function markExcerpts(body: string, from: number, to: number, articleId: string, events: readonly TimelineEvent[]): TextRun[] {
  const spans = events.flatMap((e) =>
    e.sources.filter((s) => s.article === articleId && s.start < to && from < s.end).map((s) => ({ id: e.id, start: Math.max(s.start, from), end: Math.min(s.end, to), realEnd: s.end })),
  );
  const cuts = [...new Set([from, to, ...spans.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const runs: TextRun[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i] ?? from;
    const end = cuts[i + 1] ?? to;
    const covering = spans.filter((s) => s.start <= start && end <= s.end);
    runs.push({
      start,
      end,
      text: body.slice(start, end),
      citedBy: [...new Set(covering.map((s) => s.id))],
      endsHere: [...new Set(covering.filter((s) => s.realEnd === end).map((s) => s.id))],
    });
  }
  return runs;
}

/** The article's paragraphs, as offsets into its body: text between line breaks, blank lines skipped. */
export function paragraphsOf(body: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  for (const line of body.split('\n')) {
    const end = start + line.length;
    if (line.trim()) out.push({ start, end });
    start = end + 1;
  }
  return out;
}
