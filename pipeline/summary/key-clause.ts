/** Longest summary, in characters: one line in the list and the tooltip. */
export const SUMMARY_MAX_CHARS = 160;
export const ELLIPSIS = '…';

/** Where a clause may end: after a comma, semicolon, colon or dash that is followed by a space. */
const CLAUSE_BREAK = /[,;:—–](?=\s)/g;

export interface Clause {
  start: number;
  end: number;
}

/** The excerpt's clauses, as offsets into it, without their surrounding spaces. */
export function clausesOf(text: string): Clause[] {
  const cuts = [0, ...[...text.matchAll(CLAUSE_BREAK)].map((m) => m.index + 1), text.length];
  const out: Clause[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    let start = cuts[i] ?? 0;
    let end = cuts[i + 1] ?? text.length;
    while (start < end && /\s/.test(text.charAt(start))) start++;
    while (end > start && /\s/.test(text.charAt(end - 1))) end--;
    if (end > start) out.push({ start, end });
  }
  return out;
}

/**
 * The excerpt's own words around its key clause: that clause and the ones after it while they fit, cut at a word
 * with an ellipsis when even the clause is too long, and an ellipsis wherever words were left out. Never reworded:
 * every piece between ellipses is a substring of the excerpt.
 */
export function keyClause(text: string, score: (clause: string) => number, max = SUMMARY_MAX_CHARS): string {
  const trimmed = text.trim();
  if (trimmed.length <= max) return trimmed;
  const clauses = clausesOf(text);
  let best = clauses[0] ?? { start: 0, end: text.length };
  let bestScore = -Infinity;
  for (const c of clauses) {
    const s = score(text.slice(c.start, c.end));
    if (s > bestScore) {
      best = c;
      bestScore = s;
    }
  }
  let end = best.end;
  for (const c of clauses) {
    if (c.start < best.end) continue;
    if (c.end - best.start > max - 2) break;
    end = c.end;
  }
  let cut = text.slice(best.start, end);
  let shortened = end < text.trimEnd().length;
  if (cut.length > max - 2) {
    const room = cut.slice(0, max - 2);
    const atWord = room.lastIndexOf(' ');
    cut = (atWord > max / 2 ? room.slice(0, atWord) : room).replace(/[\s,;:—–]+$/, '');
    shortened = true;
  }
  // A clause that ends a sentence keeps its full stop; one cut short has its trailing comma dropped for the ellipsis.
  if (shortened) cut = cut.replace(/[,;:—–]+$/, '');
  const before = best.start > text.length - text.trimStart().length ? ELLIPSIS : '';
  return `${before}${cut}${shortened ? ELLIPSIS : ''}`;
}
