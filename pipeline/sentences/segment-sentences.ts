import type { Range, Sentence } from '../types';
import { isAbbreviationStop } from './abbreviations';
import { GLUED_SENTENCE_OPENER } from '../lexicon/sentence-openers';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** A piece that starts in lower case continues the sentence before it: `"...war." she said`, `"why?" and left`. */
function continuesSentence(text: string): boolean {
  return /^\s*\p{Ll}/u.test(text);
}

/** `“...first.” Leavitt said.`: a bare attribution after a closing quote belongs to the quotation. */
const ATTRIBUTION = /^\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}\s+(?:said|says|added|told reporters|stated|wrote|asked|insisted|noted|declared)\b[^.!?"“”]{0,40}[.!?]?\s*$/u;
const ENDS_WITH_CLOSING_QUOTE = /["”’]\s*$/;

function trimmed(body: string, start: number, end: number): Range {
  while (start < end && /\s/.test(body[start] ?? '')) start++;
  while (end > start && /\s/.test(body[end - 1] ?? '')) end--;
  return { start, end };
}

/** Cuts skipped ranges off the edges of a sentence; null when nothing is left. */
function withoutSkipped(body: string, r: Range, skip: Range[]): Range | null {
  let { start, end } = r;
  for (const b of skip) {
    if (b.end <= start || b.start >= end) continue;
    if (b.start <= start && b.end >= end) return null;
    if (b.start <= start) start = b.end;
    else if (b.end >= end) end = b.start;
  }
  const t = trimmed(body, start, end);
  return t.start < t.end ? t : null;
}

/**
 * "... at the Palace on July 23.Russia’s delegation includes ...": a page that lost the space after a full stop. A stop
 * between a lower-case word (two letters at least: not "St.", "Mr.") and a capitalised word of three letters or more
 * (not "News.Az") ends a sentence all the same.
 */
const GLUED_STOP = /(?<=[\p{Ll}\d]\p{Ll}|\d)\.(?=\p{Lu}\p{Ll}{2,})/gu;
/**
 * "... met President Recep Tayyip ErdoganAs part of the visit, ...": a page that lost the full stop and the space. A
 * lower-case word glued to a word that opens sentences (pipeline/lexicon/sentence-openers.ts) ends a sentence there.
 */
const GLUED_OPENING = new RegExp(String.raw`(?<=\p{Ll}{2})(?=${GLUED_SENTENCE_OPENER})`, 'gu');

function atGluedStops(segment: string, index: number): { segment: string; index: number }[] {
  const out: { segment: string; index: number }[] = [];
  let from = 0;
  const breaks = [...[...segment.matchAll(GLUED_STOP)].map((m) => m.index + 1), ...[...segment.matchAll(GLUED_OPENING)].map((m) => m.index)].sort((a, b) => a - b);
  for (const at of breaks) {
    out.push({ segment: segment.slice(from, at), index: index + from });
    from = at;
  }
  out.push({ segment: segment.slice(from), index: index + from });
  return out;
}

/** Ranges of the non-blank lines of the body (LF, CRLF or CR line ends). */
function lineRanges(body: string): Range[] {
  const out: Range[] = [];
  const re = /[^\r\n]+/g;
  for (let m = re.exec(body); m; m = re.exec(body)) if (m[0].trim() !== '') out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/**
 * Splits a body into sentences with exact offsets: sentence.text === body.slice(start, end).
 * A line break always ends a sentence and each non-blank line is a paragraph. Boilerplate is dropped or cut off.
 */
export function segmentSentences(body: string, skip: Range[] = []): Sentence[] {
  const sortedSkip = [...skip].sort((a, b) => a.start - b.start);
  const out: Sentence[] = [];
  let paragraph = 0;
  for (const line of lineRanges(body)) {
    const text = body.slice(line.start, line.end);
    const pieces: Range[] = [];
    for (const seg of [...segmenter.segment(text)].flatMap((x) => atGluedStops(x.segment, x.index))) {
      const start = line.start + seg.index;
      const end = start + seg.segment.length;
      const last = pieces[pieces.length - 1];
      const before = last ? body.slice(Math.max(last.start, last.end - 60), last.end) : '';
      const joins = continuesSentence(seg.segment) || isAbbreviationStop(before, seg.segment) || (ENDS_WITH_CLOSING_QUOTE.test(before) && ATTRIBUTION.test(seg.segment));
      if (last && joins) last.end = end;
      else pieces.push({ start, end });
    }
    let any = false;
    for (const p of pieces) {
      const t = trimmed(body, p.start, p.end);
      if (t.start === t.end) continue;
      const r = withoutSkipped(body, t, sortedSkip.filter((b) => b.start < t.end && b.end > t.start));
      if (!r) continue;
      out.push({ start: r.start, end: r.end, text: body.slice(r.start, r.end), paragraph });
      any = true;
    }
    if (any) paragraph++;
  }
  return out;
}
