import type { Range } from '../types';

/**
 * Spans of quoted speech: from an opening to a closing quotation mark, inclusive. Curly quotes open on “ and
 * close on ” (a stray second “ restarts the quote rather than nesting); straight double quotes alternate.
 * A quote left open ends at the end of its paragraph, so one missing mark cannot swallow the article.
 */
export function findQuoteSpans(body: string): Range[] {
  const spans: Range[] = [];
  let open: number | null = null;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '“') open = open ?? i;
    else if (c === '”' && open !== null) {
      spans.push({ start: open, end: i + 1 });
      open = null;
    } else if (c === '"') {
      if (open === null) open = i;
      else {
        spans.push({ start: open, end: i + 1 });
        open = null;
      }
    } else if (c === '\n' && open !== null && body[i + 1] === '\n') {
      spans.push({ start: open, end: i });
      open = null;
    }
  }
  if (open !== null) spans.push({ start: open, end: body.length });
  return spans;
}

export function insideAny(offset: number, spans: Range[]): boolean {
  return spans.some((s) => s.start <= offset && offset < s.end);
}
