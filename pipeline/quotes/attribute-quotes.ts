import type { PersonMention, Quote, Sentence } from '../types';

/** Stage entry point: each quotation in the body with its speaker (null when none can be attributed). */
export function attributeQuotes(_body: string, _sentences: Sentence[], _mentions: PersonMention[]): Quote[] {
  return [];
}
