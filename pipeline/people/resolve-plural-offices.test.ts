import { describe, expect, test } from 'vitest';
import { segmentSentences } from '../sentences/segment-sentences';
import { loadGazetteer } from './gazetteer';
import { resolvePeople } from './resolve-people';

const gazetteer = loadGazetteer('data/gazetteer');

/** Everyone the words `phrase` of `body` name, published on `day` (sentences written for these tests). */
function whoAre(body: string, phrase: string, day: string): string[] {
  const start = body.indexOf(phrase);
  if (start < 0) throw new Error(`"${phrase}" is not in the text`);
  const m = resolvePeople(body, segmentSentences(body), day, gazetteer, []).mentions.find((x) => x.start <= start && x.end >= start + phrase.length);
  return m ? [m.personId, ...(m.also ?? [])].sort() : [];
}

describe('rule "bare plural office": "the DGMOs" with no state are the holders of the article\'s own two states', () => {
  test('an article about India and Pakistan: its DGMOs, its two foreign ministers', () => {
    const ip = 'India and Pakistan kept the truce overnight. The DGMOs are expected to talk again on Monday.';
    expect(whoAre(ip, 'DGMOs', '2025-05-17')).toEqual(['kashif-abdullah', 'rajiv-ghai']);
    const two = 'Pakistan said India had broken the truce. Later the two foreign ministers spoke by phone.';
    expect(whoAre(two, 'foreign ministers', '2025-05-17')).toEqual(['ishaq-dar', 's-jaishankar']);
  });
  test('an article about Russia and Ukraine: its foreign ministers', () => {
    const ru = 'Russia and Ukraine traded blame for the strike. The foreign ministers will meet in Ankara, an aide said.';
    expect(whoAre(ru, 'foreign ministers', '2025-05-17')).toEqual(['andrii-sybiha', 'sergey-lavrov']);
  });
  test('no resolution when the office is another group\'s, or the article has no single pair of states', () => {
    // Qualified before or after: the offices of other states.
    expect(whoAre('India and Pakistan kept the truce. The G7 foreign ministers welcomed it.', 'foreign ministers', '2025-05-17')).toEqual([]);
    expect(whoAre('India and Pakistan kept the truce. The foreign ministers of the G7 welcomed it.', 'foreign ministers', '2025-05-17')).toEqual([]);
    // An article naming the parties of both conflicts, or only one state, has no pair of its own.
    const both = 'India and Pakistan kept the truce while Russia and Ukraine fought on. The foreign ministers met in Rome.';
    expect(whoAre(both, 'foreign ministers', '2025-05-17')).toEqual([]);
    expect(whoAre('India mourned the victims. The foreign ministers met in Rome.', 'foreign ministers', '2025-05-17')).toEqual([]);
  });
});
