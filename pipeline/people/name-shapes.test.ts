import { expect, test } from 'vitest';
import type { PersonMention } from '../types';
import { loadGazetteer } from './gazetteer';
import { readText } from './read-seed';
import { resolvePeople } from './resolve-people';

/**
 * Shapes of a known person's name the gazetteer does not list: rule "a name without its middle name" ("Recep Erdogan",
 * "Asif Zardari") and rule "a knight by his given name" ("Sir Keir", after the full name). Sentences in our own words.
 */
const gazetteer = loadGazetteer('data/gazetteer');
const mentionsOf = (published: string, body: string) => {
  const a = readText(published, body);
  return resolvePeople(a.body, a.sentences, a.meta.published, gazetteer, a.boilerplate);
};
const at = (mentions: PersonMention[], text: string) => mentions.filter((m) => m.text === text).map((m) => m.personId);

test('a given name and surname without the middle name are the known person, no new one', () => {
  const { mentions, people } = mentionsOf('2025-05-12', 'The Kremlin said a call with Turkish President Recep Erdogan was planned. Asif Zardari received the envoy in Islamabad.');
  expect(at(mentions, 'Recep Erdogan')).toEqual(['recep-tayyip-erdogan']);
  expect(at(mentions, 'Asif Zardari')).toEqual(['asif-ali-zardari']);
  expect(people.filter((p) => p.origin === 'ner')).toEqual([]);
});

test('negatives: another given name before a known surname, or a surname alone, is not the shortened name', () => {
  const { mentions } = mentionsOf('2025-05-12', 'Officials said Mehmet Erdogan, a local trader, was unhurt. Bilal Zardari told reporters he had seen nothing.');
  expect(at(mentions, 'Mehmet Erdogan')).not.toContain('recep-tayyip-erdogan');
  expect(at(mentions, 'Bilal Zardari')).not.toContain('asif-ali-zardari');
});

test('"Sir Keir" after "Sir Keir Starmer" is Keir Starmer', () => {
  const { mentions } = mentionsOf('2025-05-09', 'Sir Keir Starmer flew to Kyiv on Friday. In Kyiv, Sir Keir said the coalition stood ready.');
  expect(at(mentions, 'Sir Keir')).toEqual(['keir-starmer']);
});

test('negatives: "Sir" and a given name nobody named before stands for nobody', () => {
  const { mentions } = mentionsOf('2025-05-09', 'Sir Keir said the coalition stood ready. Keir Starmer later flew to Kyiv.');
  expect(at(mentions, 'Sir Keir')).toEqual([]);
  const other = mentionsOf('2025-05-09', 'Keir Starmer flew to Kyiv on Friday. Sir Alan said the coalition stood ready.');
  expect(other.mentions.map((m) => m.text)).not.toContain('Sir Alan');
});
