import type { Range, Sentence } from '../types';

/** Tokens after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
  'u.s', 'u.k', 'u.n', 'u.s.a', 'e.u', 'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt',
  'adm', 'sen', 'rep', 'gov', 'pres', 'st', 'jr', 'sr', 'no', 'vs', 'etc', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul',
  'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'approx', 'dept', 'govt', 'hon',
]);

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

function endsWithAbbreviation(text: string): boolean {
  const m = /(?:^|[\s(“"'])([A-Za-z][A-Za-z.]*)\.\s*$/.exec(text);
  if (!m?.[1]) return false;
  const token = m[1];
  // A single capital letter is an initial ("S. Jaishankar").
  if (/^[A-Z]$/.test(token)) return true;
  return ABBREVIATIONS.has(token.toLowerCase());
}

function overlapsAny(r: Range, ranges: Range[]): boolean {
  return ranges.some((b) => r.start < b.end && b.start < r.end);
}

/**
 * Splits a body into sentences with exact offsets: sentence.text === body.slice(start, end).
 * Paragraph breaks (any newline) always end a sentence. Sentences wholly inside boilerplate are dropped.
 */
export function segmentSentences(body: string, skip: Range[] = []): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let lineStart = 0;
  const lines = body.split('\n');
  lines.forEach((line) => {
    if (line.trim() === '') {
      lineStart += line.length + 1;
      return;
    }
    const pieces: Range[] = [];
    for (const seg of segmenter.segment(line)) {
      const start = lineStart + seg.index;
      const end = start + seg.segment.length;
      const last = pieces[pieces.length - 1];
      if (last && endsWithAbbreviation(body.slice(last.start, last.end))) last.end = end;
      else pieces.push({ start, end });
    }
    for (const p of pieces) {
      let { start, end } = p;
      while (start < end && /\s/.test(body[start] ?? '')) start++;
      while (end > start && /\s/.test(body[end - 1] ?? '')) end--;
      if (start === end) continue;
      const r = { start, end };
      const inBoilerplate = skip.some((b) => b.start <= start && end <= b.end);
      if (inBoilerplate) continue;
      if (overlapsAny(r, skip)) {
        // Trim boilerplate off either edge (e.g. a leading dateline or a trailing photo credit).
        for (const b of skip) {
          if (b.start <= start && b.end > start) start = b.end;
          if (b.start < end && b.end >= end) end = b.start;
        }
        while (start < end && /\s/.test(body[start] ?? '')) start++;
        while (end > start && /\s/.test(body[end - 1] ?? '')) end--;
        if (start >= end) continue;
      }
      out.push({ start, end, text: body.slice(start, end), paragraph });
    }
    paragraph++;
    lineStart += line.length + 1;
  });
  return out;
}
