import type { PersonMention, Quote, Range, Sentence } from '../types';
import { findQuotations, type Quotation } from './find-quotations';
import { PREPOSITION_BEFORE, REPORTING_VERB, SPEAKER_PRONOUN } from '../lexicon/reporting-verbs';

interface Candidate extends Range {
  personId: string | null;
  pronoun: boolean;
}

/** Names and pronouns outside quotations: the possible speakers. */
function candidates(body: string, mentions: PersonMention[], quotes: Range[]): Candidate[] {
  const outside = (r: Range) => !quotes.some((q) => r.start >= q.start && r.end <= q.end);
  const list: Candidate[] = mentions.filter(outside).map((m) => ({ start: m.start, end: m.end, personId: m.personId, pronoun: m.via === 'coreference' }));
  for (const p of body.matchAll(SPEAKER_PRONOUN)) {
    const r = { start: p.index, end: p.index + p[0].length };
    if (outside(r) && !list.some((c) => c.start < r.end && r.start < c.end)) list.push({ ...r, personId: null, pronoun: true });
  }
  return list.sort((a, b) => a.start - b.start);
}

/** A sentence closes between a name and a verb: a stop (perhaps after a closing quotation mark) and a space. */
const SENTENCE_END = /[.!?]["”’]?\s/;

/** The subject of a reporting verb found in [from, to): a name just before it, else one just after it. */
function subjectOf(body: string, cands: Candidate[], from: number, to: number): Candidate | null {
  const text = body.slice(from, to);
  let best: Candidate | null = null;
  for (const v of text.matchAll(REPORTING_VERB)) {
    const vs = from + v.index;
    const ve = vs + v[0].length;
    if (v[0].startsWith('quoted') || v[0] === 'according to') {
      best = cands.find((c) => c.start >= vs && c.start <= ve + 40) ?? best;
      continue;
    }
    // The verb's own sentence only: "backed Trump's offer. The spokesperson said" is the spokesperson's saying.
    const before = cands.filter((c) => c.end <= vs && c.start >= from && vs - c.end <= (c.pronoun ? 15 : 60) && !SENTENCE_END.test(body.slice(c.end, vs)));
    const subject = [...before].reverse().find((c) => !PREPOSITION_BEFORE.test(body.slice(Math.max(from, c.start - 40), c.start)));
    // "..., said X": a name right after the verb, in the same sentence ("the official stated.\n\nWitkoff arrived" is not).
    const after = cands.find((c) => c.start >= ve && c.end <= to && c.start - ve <= 12 && !/[.!?]/.test(body.slice(ve, c.start)));
    best = subject ?? after ?? best;
  }
  return best;
}

function sentenceAt(sentences: Sentence[], offset: number): Sentence | undefined {
  return sentences.find((s) => offset >= s.start && offset <= s.end);
}

/** Stage entry point: each quotation in the body with its speaker (null when none can be attributed). */
export function attributeQuotes(body: string, sentences: Sentence[], mentions: PersonMention[]): Quote[] {
  const found: Quotation[] = findQuotations(body);
  const cands = candidates(body, mentions, found.map((q) => ({ start: q.start - 1, end: q.end + 1 })));
  const out: Quote[] = [];
  let lastSpeaker: string | null = null;
  let cursor = 0;
  const resolve = (c: Candidate | null): string | null => (c ? (c.personId ?? (c.pronoun ? lastSpeaker : null)) : null);
  found.forEach((q, i) => {
    // Narrative between quotes names speakers too ("Bruce, while addressing a press briefing, also said").
    const narrated = resolve(subjectOf(body, cands, cursor, Math.max(cursor, q.start - 1)));
    if (narrated) lastSpeaker = narrated;
    const prev = out[out.length - 1];
    const next = found[i + 1];
    const closing = sentenceAt(sentences, q.end);
    const trailEnd = Math.min(closing?.end ?? q.end + 100, next ? next.start - 1 : body.length, q.end + 100);
    const opening = sentenceAt(sentences, q.start);
    const leadStart = Math.max(opening?.start ?? q.start, prev ? prev.end + 1 : 0, q.start - 300);
    let speaker: string | null = null;
    if (q.continued && prev) speaker = prev.speaker;
    if (!speaker) speaker = resolve(subjectOf(body, cands, q.end + 1, Math.max(q.end + 1, trailEnd)));
    if (!speaker) speaker = resolve(subjectOf(body, cands, leadStart, Math.max(leadStart, q.start - 1)));
    if (!speaker && prev?.speaker && q.start - prev.end < 200 && !body.slice(prev.end, q.start).includes('\n')) {
      // A quote run on after an attributed one, with no one else named in between, is the same speaker's.
      const between = cands.filter((c) => c.start >= prev.end && c.end <= q.start);
      if (between.every((c) => resolve(c) === prev.speaker)) speaker = prev.speaker;
    }
    if (speaker) lastSpeaker = speaker;
    out.push({ start: q.start, end: q.end, speaker });
    cursor = Math.max(cursor, trailEnd);
  });
  return out;
}
