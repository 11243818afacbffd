import { describe, expect, test } from 'vitest';
import { segmentSentences } from '../sentences/segment-sentences';
import { loadGazetteer } from './gazetteer';
import { resolvePeople } from './resolve-people';

const gazetteer = loadGazetteer('data/gazetteer');

/** Who each of the given words names in `body` (sentences written for these tests, published 12 May 2025). */
function whoIs(body: string, word: string): (string | null)[] {
  const { mentions } = resolvePeople(body, segmentSentences(body), '2025-05-12', gazetteer, []);
  return [...body.matchAll(new RegExp(`\\b${word}\\b`, 'g'))].map((m) => mentions.find((x) => x.start <= m.index && m.index < x.end)?.personId ?? null);
}

describe('rule "a name told again by one of its words"', () => {
  test('a family name written first ("Wang" after "Wang Yi") is the person the article named in full', () => {
    expect(whoIs('Chinese Foreign Minister Wang Yi phoned his counterpart. Later Wang also spoke to the Pakistani minister.', 'Wang')).toEqual(['wang-yi', 'wang-yi']);
  });
  test('a surname after a title written as letters ("CDS Chauhan") is the person named in full, even in a headline before', () => {
    expect(whoIs('CDS Chauhan speaks at a lecture\nGeneral Anil Chauhan spoke in the city on Tuesday.', 'Chauhan')).toEqual(['anil-chauhan', 'anil-chauhan']);
  });
  test('no one when the article never gives the full name, or the word is part of another name', () => {
    expect(whoIs('Wang said the talks went well.', 'Wang')).toEqual([null]);
    expect(whoIs('Amit Shah visited the valley. The police named one suspect as Rafiq Shah on Friday.', 'Shah')).toEqual(['amit-shah', null]);
  });
});

describe('rule "the headline\'s title"', () => {
  test('a title in a headline, with no one named before it, names the holder the story names after it', () => {
    expect(whoIs('The foreign minister dismissed the talk of escalation\nIndian External Affairs Minister S. Jaishankar dismissed the talk on Monday.', 'foreign minister')).toEqual(['s-jaishankar']);
  });
  test('in running text the title still needs someone named before it', () => {
    expect(whoIs('The foreign minister dismissed the talk of escalation on Monday. Indian External Affairs Minister S. Jaishankar spoke later.', 'foreign minister')).toEqual([null]);
  });
});
