import type { DateMention } from '../types';

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

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, couple: 2, 'a couple of': 2, 'couple of': 2, few: 3, 'a few': 3, several: 4,
};
export const NUMBER = String.raw`(\d{1,3}|a couple of|couple of|a few|few|several|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;
export const MONTH = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`;
export const WEEKDAY = String.raw`(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`;

/** A number written in digits or words; vague words ("few", "several") are marked so callers can widen ranges. */
export function parseNumber(word: string): { n: number; vague: boolean } {
  const w = word.toLowerCase();
  if (/^\d+$/.test(w)) return { n: Number(w), vague: false };
  return { n: NUMBER_WORDS[w] ?? 1, vague: /few|several|couple/.test(w) };
}

/** Month names must be capitalised: "this may" is a verb, "this May" is a month. */
export function isCapitalised(word: string | undefined): boolean {
  return !!word && /^\p{Lu}/u.test(word);
}
