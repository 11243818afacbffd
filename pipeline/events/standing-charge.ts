import type { Range } from '../types';

/**
 * Rule "a standing charge": "India accuses Pakistan of backing the militants, a charge Islamabad denies", "Kyiv accuses
 * Moscow of deporting children, an allegation that the Kremlin rejects", "New Delhi blames Islamabad for the bombing,
 * which Pakistan denies": the wire's note of where each side stands. The charge is in the simple present and the other
 * side's denial follows in apposition, also in the present: neither is an act of a day, and a reader who saw "India
 * accuses Pakistan" on the day of the paper would read a new charge the story does not tell. Both the charge's cue and
 * the denial's are left out; a charge made on a day ("on Monday accused ..., a charge Islamabad denied") is news, and
 * so is one the lead tells, the story's first sentence, whose present is the news present (tense-grid.test.ts).
 */
const CHARGE = /\b(?:accuses|blames)\s/;
/** The appositive denial after the charge, to its sentence's end. */
const DENIAL_IN_APPOSITION = /,\s*(?:(?:an?|the)\s+(?:charges?|allegations?|accusations?|claims?)\s+(?:that\s+|which\s+)?|which\s+)(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(?:(?:strongly|firmly|vehemently|flatly)\s+)?(?:denies|rejects|disputes|dismisses)\b[^.;!?]*$/u;

/** How far around the cue its sentence is looked for. */
const SENTENCE_REACH = 300;

/** The sentence around a cue, by its stops (a clause of the sentence is what the cue tables are handed). */
function sentenceAround(body: string, at: Range): Range {
  const before = body.slice(Math.max(0, at.start - SENTENCE_REACH), at.start);
  const stop = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'));
  const start = stop < 0 ? Math.max(0, at.start - SENTENCE_REACH) : at.start - before.length + stop + 1;
  const after = /[.!?](?:\s|$)|\n/.exec(body.slice(at.end, at.end + SENTENCE_REACH));
  return { start, end: after ? at.end + after.index : Math.min(body.length, at.end + SENTENCE_REACH) };
}

/** Whether the cue at `at` is the charge or the denial of a standing charge in its sentence. */
export function isStandingCharge(body: string, at: Range): boolean {
  const sentence = sentenceAround(body, at);
  // The lead (no sentence of the body before it, a headline's line aside) tells the news of the day in the present.
  if (!/[.!?]["”’]?\s/.test(body.slice(0, sentence.start))) return false;
  const text = body.slice(sentence.start, sentence.end);
  const charge = CHARGE.exec(text);
  const denial = DENIAL_IN_APPOSITION.exec(text);
  if (!charge || !denial || charge.index > denial.index) return false;
  const cue = at.start - sentence.start;
  return cue === charge.index || cue >= denial.index;
}
