import { expect, test } from 'vitest';
import { eventsOfText } from './fixtures/unseen-events-of';

/**
 * An act someone denies is not told as done: the denial is a rejection, and the act it denies is no event (isDenied in
 * clause-structure.ts). Sentences in our own words; the paper is dated Friday 9 May 2025.
 */
const PUBLISHED = '2025-05-09';
const types = (text: string) => eventsOfText(text, PUBLISHED).map((e) => e.type).sort();

test('a denied act is a rejection, not the act', () => {
  expect(types('Pakistan denied that it had closed its airspace to Indian airlines.')).toEqual(['rejection']);
  expect(types('Islamabad denied shutting the border crossing on Thursday.')).toEqual(['rejection']);
  expect(types('Moscow rejected reports that it had expelled the British ambassador.')).toEqual(['rejection']);
  // "neither ... nor" denies both acts it joins.
  expect(types('Islamabad said on Thursday that it had neither closed its airspace to India nor suspended any flights.')).toEqual(['statement']);
});

test('negatives: an act told after the denial, in a clause of its own, is still the act', () => {
  expect(types('Pakistan denied the report and said it had closed its airspace on Thursday.')).toEqual(['reduce_relations', 'rejection']);
  expect(types('India summoned the Pakistani envoy on Thursday and denied that its troops had fired first.')).toEqual(['condemnation', 'rejection']);
});
