import type { DateMention, Range } from '../types';

/**
 * Rule "a label someone gave": "Explosions were heard over Lahore late on Monday in what officials said they believed
 * was a drone attack", "blasts shook the city on Sunday during what the army described as a missile strike": the
 * incident is what the clause's happening was, in someone's words, so it took place when that happening did, on the
 * date told before "what". The words between "what" and the noun are the speaker, the verb of saying or calling, and
 * the copula or "as" (up to eight words), then the noun's article and modifiers.
 */
const LABELLED_BEFORE = /\b(?:in|during|after|amid|by|with)\s+what\s+(?:[\p{L}'’-]+\s+){1,8}?(?:was|were|as|appeared\s+to\s+be|seemed\s+to\s+be)\s+(?:an?\s+|the\s+)?(?:[\p{L}-]+\s+){0,3}$/iu;

/** The date of the happening an incident labels: the last date of its clause before "what", or null when it is no label. */
export function labelledIncidentDate(body: string, clause: Range, at: Range, dates: DateMention[]): DateMention | null {
  const m = LABELLED_BEFORE.exec(body.slice(clause.start, at.start));
  if (!m) return null;
  const what = clause.start + m.index;
  return dates.filter((d) => d.start >= clause.start && d.end <= what).sort((x, y) => y.end - x.end)[0] ?? null;
}
