import type { Person } from '../../src/shared/schema';
import type { PersonMention, Range, Sentence } from '../types';

export interface Contradiction extends Range {
  /** The article's words that contradict the gazetteer (body.slice(start, end)). */
  excerpt: string;
  /** A reader-facing explanation, e.g. "Donald Trump was the sitting President on 15 April 2025, not a former one." */
  message: string;
}

/** Stage entry point: statements of office in the article that contradict the gazetteer at the publication date. */
export function findContradictions(
  _body: string,
  _sentences: Sentence[],
  _mentions: PersonMention[],
  _published: string,
  _gazetteer: Person[],
): Contradiction[] {
  return [];
}
