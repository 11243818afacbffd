import type { Range } from '../types';

/** A quotation's inner text (without its marks); `continued` when it carries on a quote from an earlier paragraph. */
export interface Quotation extends Range {
  continued: boolean;
}

interface Mark {
  at: number;
  kind: 'open' | 'close';
}

const OPENERS_BEFORE = /[\s([{\u2014\u2013-]/;

/** Classifies quote marks: curly ones by shape, straight ones by what surrounds them. */
function findMarks(body: string): Mark[] {
  const marks: Mark[] = [];
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '\u201c') marks.push({ at: i, kind: 'open' });
    else if (c === '\u201d') marks.push({ at: i, kind: 'close' });
    else if (c === '"') {
      const before = i === 0 ? '\n' : (body[i - 1] ?? '\n');
      const after = body[i + 1] ?? '\n';
      const opens = OPENERS_BEFORE.test(before) && !/\s/.test(after);
      marks.push({ at: i, kind: opens ? 'open' : 'close' });
    }
  }
  return marks;
}

function paragraphEnd(body: string, from: number): number {
  const nl = body.indexOf('\n', from);
  return nl === -1 ? body.length : nl;
}

function trimmed(body: string, start: number, end: number): Range | null {
  while (start < end && /\s/.test(body[start] ?? '')) start++;
  while (end > start && /\s/.test(body[end - 1] ?? '')) end--;
  return start < end ? { start, end } : null;
}

/**
 * Finds quotations as real articles write them: straight or curly marks, a stray second opening mark inside a
 * quote ignored, a quote left open at a paragraph end continued when the next paragraph closes it (or opens
 * again), and otherwise ended at its paragraph. A quotation that spans paragraphs is returned one piece per paragraph.
 */
export function findQuotations(body: string): Quotation[] {
  const out: Quotation[] = [];
  let open: { at: number; continued: boolean } | null = null;
  const emit = (start: number, end: number, continued: boolean) => {
    let s = start;
    let first = true;
    while (s < end) {
      const pe = Math.min(paragraphEnd(body, s), end);
      const r = trimmed(body, s, pe);
      if (r) out.push({ ...r, continued: continued || !first });
      if (r) first = false;
      s = pe + 1;
    }
  };
  for (const m of findMarks(body)) {
    if (open) {
      const crossed: number = body.slice(open.at, m.at).split('\n').length - 1;
      if (crossed > 1 || (crossed === 1 && m.kind === 'open')) {
        // Left open at its paragraph end: it ends there; an opening mark here continues it.
        emit(open.at + 1, paragraphEnd(body, open.at), open.continued);
        open = m.kind === 'open' ? { at: m.at, continued: crossed === 1 } : null;
        continue;
      }
      if (m.kind === 'close') {
        emit(open.at + 1, m.at, open.continued);
        open = null;
      }
      // An opening mark inside an open quote in the same paragraph is a typo ("end “end"): ignore it.
    } else if (m.kind === 'open') {
      open = { at: m.at, continued: false };
    }
  }
  if (open) emit(open.at + 1, paragraphEnd(body, open.at), open.continued);
  return out;
}
