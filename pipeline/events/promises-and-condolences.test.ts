import { expect, test } from 'vitest';
import { extractedOfText } from './fixtures/unseen-events-of';

/**
 * Rule "a time or manner between a promise and its infinitive" (lexicon/tense-words.ts BEFORE_PROMISED_INFINITIVE, in
 * the cues 'threatened' and 'promised-support'), and condolences offered, extended or sent (cue 'voiced'). Sentences in
 * our own words, published Thursday 8 May 2025.
 */
const found = (body: string) =>
  extractedOfText(body + '\n\nThe crisis goes on.', '2025-05-08').map((e) => [e.type, [...e.actors].sort()]);

test('"vowed overnight to avenge", "vowed on Tuesday to respond": a threat; "promised again to help": an offer', () => {
  expect(found('Shehbaz Sharif vowed overnight to avenge the deaths of the soldiers.')).toContainEqual(['threat', ['shehbaz-sharif']]);
  expect(found('Khawaja Asif vowed on Tuesday to respond to any attack.')).toContainEqual(['threat', ['khawaja-asif']]);
  expect(found('Scott Bessent promised again to help Ukraine rebuild its power grid.')).toContainEqual(['intent_to_cooperate', ['scott-bessent']]);
});

test('condolences offered or sent are a statement of their sender', () => {
  expect(found('Marco Rubio offered condolences to the families of the victims in Kharkiv.')).toContainEqual(['statement', ['marco-rubio']]);
  expect(found('Emmanuel Macron sent his condolences to the people of Sumy.')).toContainEqual(['statement', ['emmanuel-macron']]);
});

test('negatives: a noun between the promise and "to", or a promise to do something else, is no threat', () => {
  expect(found('Shehbaz Sharif vowed the dam would be finished to avenge nothing.').map((e) => e[0])).not.toContain('threat');
  expect(found('Khawaja Asif vowed overnight to rebuild the damaged homes.').map((e) => e[0])).not.toContain('threat');
});
