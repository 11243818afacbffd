import { expect, test } from 'vitest';
import { segmentSentences } from '../sentences/segment-sentences';
import { loadGazetteer } from './gazetteer';
import { resolvePeople } from './resolve-people';

/**
 * Rule "an office named by whom it serves" (resolve-serving-offices.ts): "Putin's foreign policy aide" is the one
 * official of Putin's state with that role title on the day. Sentences in our own words.
 */
const gazetteer = loadGazetteer('data/gazetteer');
const named = (body: string, published = '2025-05-14') =>
  resolvePeople(body, segmentSentences(body), published, gazetteer, []).mentions.filter((m) => /aide|adviser/i.test(m.text)).map((m) => [m.text, m.personId]);

test('an aide named by whom they serve, a person or an institution, is the holder of that role', () => {
  expect(named("Also at the table was Putin's foreign policy aide.")).toEqual([['foreign policy aide', 'yuri-ushakov']]);
  expect(named("The Kremlin's foreign policy adviser joined the talks.")).toEqual([['foreign policy adviser', 'yuri-ushakov']]);
});

test('negatives: a name after the words, no owner, or a state with no holder of that role name no one by the words', () => {
  expect(named("Putin's foreign policy aide Yuri Ushakov spoke first.")).toEqual([]);
  expect(named('A foreign policy aide spoke first.')).toEqual([]);
  expect(named("Modi's foreign policy aide spoke first.")).toEqual([]);
});
