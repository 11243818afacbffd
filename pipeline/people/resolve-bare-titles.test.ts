import { describe, expect, test } from 'vitest';
import { segmentSentences } from '../sentences/segment-sentences';
import { loadGazetteer } from './gazetteer';
import { resolvePeople } from './resolve-people';

const gazetteer = loadGazetteer('data/gazetteer');

/** Who "Secretary-General" words in `body` name, published on 3 June 2025 (sentences written for these tests). */
function secretaries(body: string): string[] {
  return resolvePeople(body, segmentSentences(body), '2025-06-03', gazetteer, []).mentions.filter((m) => /secretary[-\s]general/i.test(m.text)).map((m) => m.personId);
}

describe('rule "bare title": "the Secretary-General" is the holder of the one organisation the article names', () => {
  test('an article about the UN', () => {
    expect(secretaries('The envoys met UN officials, including the Secretary-General, in New York.')).toEqual(['antonio-guterres']);
    expect(secretaries('The United Nations called for calm. The Secretary General urged both sides to talk.')).toEqual(['antonio-guterres']);
  });
  test('an article about NATO', () => {
    expect(secretaries('NATO ministers met in Brussels, where the Secretary-General spoke of new pledges.')).toEqual(['mark-rutte']);
  });
  test('no holder when both organisations, or neither, are named, or the title is another body\'s', () => {
    expect(secretaries('NATO and the UN both issued statements. The Secretary-General urged calm.')).toEqual([]);
    expect(secretaries('The Secretary-General urged calm on Monday.')).toEqual([]);
    expect(secretaries('UN officials met the Secretary-General of the Arab League in Cairo.')).toEqual([]);
  });
});
