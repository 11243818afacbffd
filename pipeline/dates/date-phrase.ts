import type { DateMention } from '../types';

export { MONTH, NUMBER, parseNumber, WEEKDAY } from '../lexicon/calendar-words';

export type MentionDate = DateMention['date'];

/** What a rule makes of one match: a date, or 'ignore' for words that look like a date but are not one ("for decades"). */
export type PhraseResult = MentionDate | 'ignore' | null;

export interface PhraseContext {
  published: string;
  /** Whether the matched words refer forward in time (future tense around them). */
  future: boolean;
}

export interface PhraseRule {
  name: string;
  re: RegExp;
  resolve: (m: RegExpExecArray, ctx: PhraseContext) => PhraseResult;
}

/** Month names must be capitalised: "this may" is a verb, "this May" is a month. */
export function isCapitalised(word: string | undefined): boolean {
  return !!word && /^\p{Lu}/u.test(word);
}
