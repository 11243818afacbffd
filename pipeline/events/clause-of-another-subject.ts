import { PAST_MARKER } from '../lexicon/tense-words';

/**
 * Rule "clause-of-another-subject": "France recalled its envoy, and Germany on Tuesday expelled two diplomats", "Canada
 * announced sanctions, and Britain, a day earlier, pledged aid", "India suspended the treaty and Pakistan on Thursday
 * shut its airspace", "Zelensky met Macron, and on Tuesday the two leaders signed a pact": a date after the verb that
 * stands in a clause joined by "and" or "but" with a subject and a verb of its own dates that clause's act, not the
 * verb's before the "and". Read from the words between the verb and the date (the joining word and the next subject,
 * or the joining word right before the date) and those right after it (that subject's verb, or a subject and its verb).
 * Seen on u25 (a day earlier of Britain's pledge dated Canada's sanctions) and in wire copy that lists states' measures
 * clause by clause.
 */

/** A verb told in the past or the perfect, as the first word of a clause's predicate ("expelled", "has shut", "also sent"). */
const FINITE = String.raw`(?:(?:also|then|later|again|quickly|promptly|itself)\s+)?(?:(?:has|have|had)\s+(?:also\s+)?\p{Ll}+|${PAST_MARKER}|\p{Ll}+ed|shot|sent|gave|made|hit|cut|shut|put|led|drew|flew|withdrew|sought|brought|fought|won|lost|threw|froze|broke|rang|wrote)\b`;

/** The joining word and the next clause's subject, up to the date, set off by commas or not ("and Britain, ", "and its army "). */
const JOINED_SUBJECT = /(?:,\s*|\s)(?:and|but)\s+(?:[\p{L}\p{N}'’.-]+\s+){0,4}[\p{L}\p{N}'’.-]+\s*,?\s*$/u;
/** The joining word right before the date, which opens the next clause ("..., and on Tuesday the two leaders signed"). */
const JOINED_BEFORE_DATE = /(?:,\s*|\s)(?:and|but)\s+(?:then\s+)?(?:(?:late|early)\s+)?(?:on|in|at)?\s*$/i;

/** Right after a date inside a subject's clause: that subject's verb, after the comma that closes an aside ("Britain, a day earlier, pledged"). */
const VERB_AFTER = new RegExp(String.raw`^\s*,?\s*${FINITE}`, 'u');
/** Right after a date that opens the next clause: its subject (a few words, no comma) and its verb. */
const SUBJECT_AND_VERB_AFTER = new RegExp(String.raw`^\s*,?\s*(?:[\p{L}\p{N}'’.-]+\s+){1,5}?${FINITE}`, 'u');

/** Whether a date after a verb (`between` from the verb to it, `after` from it on) belongs to a clause joined on with its own subject. */
export function inClauseOfAnotherSubject(between: string, after: string): boolean {
  if (/[;:.!?"“”]/.test(between)) return false;
  // A comma closing an aside after the date must have opened one before it: ", and Britain, a day earlier, pledged".
  const aside = /^\s*,/.test(after);
  if (JOINED_BEFORE_DATE.test(between)) return SUBJECT_AND_VERB_AFTER.test(after) && !aside;
  const joined = JOINED_SUBJECT.exec(between);
  if (!joined) return false;
  // The words between "and" and the date are a subject, not the verb's objects ("with Dar and Jaishankar on Saturday")
  // nor another verb of the same subject ("arrived in Kyiv and met Zelensky on Tuesday"): a verb must follow the date.
  return VERB_AFTER.test(after) && (!aside || /,\s*$/.test(between));
}
