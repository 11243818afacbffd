import { expect, test } from 'vitest';
import type { PersonMention } from '../types';
import { loadGazetteer } from './gazetteer';
import { readText } from './read-seed';
import { resolvePeople } from './resolve-people';

/**
 * A misspelt name after a state's word and a title ("Ukrainian Defense Minister Rustem Umarov") is read as the known
 * person, as it is after the title alone; the full name read so backs the same misspelt surname alone later. Sentences
 * in our own words.
 */
const gazetteer = loadGazetteer('data/gazetteer');
const mentionsOf = (published: string, body: string) => {
  const a = readText(published, body);
  return resolvePeople(a.body, a.sentences, a.meta.published, gazetteer, a.boilerplate);
};
const at = (mentions: PersonMention[], text: string) => mentions.filter((m) => m.text === text).map((m) => m.personId);

test('"Ukrainian Defense Minister Rustem Umarov" and then "Umarov" are Rustem Umerov', () => {
  const { mentions, people } = mentionsOf('2025-06-10', 'The draft reached Ukrainian Defense Minister Rustem Umarov in Kyiv on Sunday. Umarov said he had only helped arrange the talks.');
  expect(at(mentions, 'Rustem Umarov')).toEqual(['rustem-umerov']);
  expect(at(mentions, 'Umarov')).toEqual(['rustem-umerov']);
  expect(people.filter((p) => p.origin === 'ner')).toEqual([]);
});

test('"Pakistani Prime Minister Shahbaz Shariff": a state\'s word before the title does not hide the name', () => {
  const { mentions } = mentionsOf('2025-05-20', 'Pakistani Prime Minister Shahbaz Shariff thanked China for its support.');
  expect(mentions.map((m) => m.personId)).toEqual(['shehbaz-sharif']);
});

test('negatives: a surname alone, with no full name or title to back it, is not guessed', () => {
  const { mentions } = mentionsOf('2025-06-10', 'Umarov said he had only helped arrange the talks in Kyiv.');
  expect(at(mentions, 'Umarov')).not.toContain('rustem-umerov');
  // Another given name under a near surname is someone else.
  const other = mentionsOf('2025-06-10', 'Ukrainian lawmaker Oleh Umarov criticised the draft in Kyiv.');
  expect(at(other.mentions, 'Oleh Umarov')).not.toContain('rustem-umerov');
});
