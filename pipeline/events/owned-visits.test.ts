import { expect, test } from 'vitest';
import { eventsOfText } from './fixtures/unseen-events-of';

/**
 * "his visit", "her recent visit", "his fifth visit to Russia this year": a visit named by its owner is one the story
 * tells elsewhere or speaks of, not a trip of its own (each made a second, wrongly dated visit in the fourth unseen
 * Russia–Ukraine set, the first Russia–Ukraine set, the first and third India–Pakistan sets and the third holdout).
 * Sentences written for this test, published Wednesday 6 August 2025.
 */
const visitsOf = (body: string) => eventsOfText(body, '2025-08-06').filter((e) => e.type === 'visit').map((e) => [e.status, e.date.start, e.date.end, e.actors]);

test('"landed in Moscow on Wednesday, marking his fifth visit to Russia this year" is one visit, on the Wednesday', () => {
  expect(visitsOf('Witkoff landed in Moscow on Wednesday, marking his fifth visit to Russia this year.')).toEqual([['occurred', '2025-08-06', '2025-08-06', ['steve-witkoff']]]);
});

test.each([
  ['Merz announced his visit to Ukraine in a post on X.'],
  ['Recalling his recent visit to Kyiv, Macron praised the resilience of Ukrainians.'],
  ['Zelensky expressed satisfaction with her visit, calling it productive.'],
])('"%s" tells no trip of its own', (sentence) => {
  expect(visitsOf(sentence)).toEqual([]);
});

test.each([
  // The verb is no noun after a possessive.
  ['Zelensky will visit Berlin on Friday.', [['planned', '2025-08-08', '2025-08-08', ['volodymyr-zelenskyy']]]],
  // One cut short was made.
  ['Zelensky cut short his visit to Berlin on Monday.', [['occurred', '2025-08-04', '2025-08-04', ['volodymyr-zelenskyy']]]],
])('"%s" is still a visit', (sentence, visits) => {
  expect(visitsOf(sentence)).toEqual(visits);
});
