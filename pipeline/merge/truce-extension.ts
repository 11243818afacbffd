import type { ExtractedEvent } from '../events/extract-events';
import { EXTEND_VERBS } from '../lexicon/act-verbs';

/**
 * Rule "a truce and its extension" (round x20): "India and Pakistan have agreed to extend their ceasefire until May 18"
 * and "the ceasefire agreement of May 10" are two agreements, the second lengthening the first, though their states
 * agree and the range of the one holds the day of the other. Told apart by their words: a ceasefire every excerpt of
 * which tells a lengthening is never the same as one whose excerpts do not, within an article or across papers.
 */
const LENGTHENING = new RegExp(String.raw`\b(?:${EXTEND_VERBS}|extension|prolongation|renewal)\b`, 'i');

const tellsLengthening = (e: ExtractedEvent): boolean => e.sources.every((s) => LENGTHENING.test(s.excerpt));

/** Whether two events are a ceasefire and its extension, which never merge. */
export const isTruceAndItsExtension = (a: ExtractedEvent, b: ExtractedEvent): boolean => a.type === 'ceasefire' && b.type === 'ceasefire' && tellsLengthening(a) !== tellsLengthening(b);
