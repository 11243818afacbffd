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

test.each([
  // A verb that acts on the visit tells it.
  ['Zelensky began his visit to Berlin on Tuesday with talks at the chancellery.', [['occurred', '2025-08-05', '2025-08-05', ['volodymyr-zelenskyy']]]],
  // A day of its own, right after the visit and where it went, pins it down; "about ... to" names no one spoken to.
  ['Merz spoke about his visit to Kyiv on Monday.', [['occurred', '2025-08-04', '2025-08-04', ['friedrich-merz']]]],
  // A day before the noun, after its owner.
  ['Sybiha praised his Monday visit to Warsaw as a success.', [['occurred', '2025-08-04', '2025-08-04', ['andrii-sybiha']]]],
  // Arriving "for a two-day visit" is one trip, the arrival's.
  ['Macron arrived in Kyiv on Monday for a two-day visit.', [['occurred', '2025-08-04', '2025-08-04', ['emmanuel-macron']]]],
])('"%s" is a visit of its own day', (sentence, visits) => {
  expect(visitsOf(sentence)).toEqual(visits);
});

test.each([
  // A year is no day of the visit's: it is what the reader knows already.
  ['During his visit last year, Zelensky praised the hosts.'],
  ['Zelensky spoke warmly of his recent visit to Kyiv.'],
  // The day is the announcing's, not the visit's.
  ['On Monday Merz announced his visit to Ukraine in a post on X.'],
])('"%s" is background, no visit', (sentence) => {
  expect(visitsOf(sentence)).toEqual([]);
});

test('"spoke about his visit to Kyiv" is no call', () => {
  expect(eventsOfText('Merz spoke about his visit to Kyiv on Monday.', '2025-08-06').map((e) => e.type)).not.toContain('phone_call');
});
