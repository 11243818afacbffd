import { expect, test } from 'vitest';
import { extractedOfText } from './fixtures/unseen-events-of';

/** Rule "the two people named last", on sentences written for the test (published Wednesday 4 June 2025). */
const PUBLISHED = '2025-06-04';
const ofType = (body: string, type: string) => extractedOfText(body, PUBLISHED).filter((e) => e.type === type).map((e) => [...e.actors].sort());

test('"a call between the two men": the two people the sentence before names', () => {
  const body = 'Donald Trump said on Wednesday that Vladimir Putin had promised a response. The promise came in a long phone call between the two men.';
  expect(ofType(body, 'phone_call')).toEqual([['donald-trump', 'vladimir-putin']]);
});

test('"the two leaders" are the last two heads of state or government named, not an aide who tells of them', () => {
  const body = 'Friedrich Merz and Volodymyr Zelenskyy faced reporters in Berlin on Wednesday.\nKremlin aide Yuri Ushakov said the two leaders agreed to cooperate on drones.';
  expect(ofType(body, 'intent_to_cooperate')).toEqual([['friedrich-merz', 'volodymyr-zelenskyy']]);
});

test('no two people named before: "the two men" names nobody, and "the two leaders" stays the crisis\'s two sides', () => {
  expect(ofType('Officials said a phone call between the two men took place on Wednesday.', 'phone_call')).toEqual([]);
  const sides = extractedOfText('Ukraine and Russia traded blame on Wednesday. The two leaders agreed to swap prisoners of war.', PUBLISHED).filter((e) => e.type === 'intent_to_cooperate');
  expect(sides.map((e) => e.actors)).toEqual([[]]);
});
