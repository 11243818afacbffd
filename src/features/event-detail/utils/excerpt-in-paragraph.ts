export interface ExcerptInParagraph {
  before: string;
  excerpt: string;
  after: string;
}

/** Context shown on each side when a paragraph is very long, in UTF-16 code units. */
const MAX_SIDE = 600;

/**
 * Splits the paragraph around body.slice(start, end) into the text before, the excerpt itself and the text after.
 * A paragraph runs between line breaks; very long ones are trimmed at a word boundary with an ellipsis.
 */
export function excerptInParagraph(body: string, start: number, end: number): ExcerptInParagraph | null {
  if (start < 0 || end > body.length || start >= end) return null;
  const lineStart = body.lastIndexOf('\n', start - 1) + 1;
  const nextBreak = body.indexOf('\n', end);
  const lineEnd = nextBreak === -1 ? body.length : nextBreak;
  let before = body.slice(lineStart, start);
  let after = body.slice(end, lineEnd);
  if (before.length > MAX_SIDE) before = `…${before.slice(before.indexOf(' ', before.length - MAX_SIDE) + 1)}`;
  if (after.length > MAX_SIDE) after = `${after.slice(0, after.lastIndexOf(' ', MAX_SIDE))}…`;
  return { before: before.trimStart(), excerpt: body.slice(start, end), after: after.trimEnd() };
}
