import type { PersonMention, Range, Sentence } from '../types';
import type { ReportedClause } from './find-reporter';
import { inHeadline } from '../sentences/in-headline';

/**
 * Rule "a headline's teller and colon": a headline writes "X said that ..." as "X: ..." ("Zelensky: Russia must agree
 * to a ceasefire", "PM Sharif: Pakistan wants peace") or puts its teller last ("Talks were useful: Peskov"). What
 * stands on the other side of the colon is what the teller said, and the teller's act is a saying in the news present.
 * Only a person named alone (titles in capitals before the name) is a teller: a topic before a colon ("Ukraine war:
 * what we know", "Explainer: ...") names no one.
 */
const TITLES = /^[\s"“‘']*(?:\p{Lu}[\p{L}.]*\s+){0,4}$/u;
const COLON_AFTER = /^\s*:\s+\S/;
const ENDS_AFTER = /^[\s"”’']*$/;

export function headlineColonClause(body: string, s: Sentence, mentions: PersonMention[]): ReportedClause | null {
  if (!inHeadline(body, s)) return null;
  const colon = s.text.indexOf(':');
  if (colon < 0) return null;
  const at = s.start + colon;
  const inSentence = mentions.filter((m) => m.start >= s.start && m.end <= s.end);
  const first = inSentence.find((m) => m.end <= at && TITLES.test(body.slice(s.start, m.start)) && COLON_AFTER.test(body.slice(m.end, s.end)));
  if (first) return told(first, { start: s.start, end: at + 1 }, { start: at + 1, end: s.end });
  const last = inSentence.find((m) => m.start > at && TITLES.test(body.slice(at + 1, m.start)) && ENDS_AFTER.test(body.slice(m.end, s.end)));
  return last ? told(last, { start: at, end: s.end }, { start: s.start, end: at }) : null;
}

const told = (teller: PersonMention, reporting: Range, clause: Range): ReportedClause => ({ reporter: teller.personId, clause, reporting });
