import { expect, test } from 'vitest';
import { extractedOfText } from './fixtures/unseen-events-of';

/**
 * Rule "a joint saying" (extract-events.ts, words in lexicon/reporting-verbs.ts JOINT_SAYING): "in a joint statement,
 * A, B and C said" is one act of all of them; without such words each of a list of tellers made a saying of their own.
 * Sentences in our own words, published Friday 9 May 2025.
 */
const statements = (body: string) =>
  extractedOfText(body + '\n\nThe war in Ukraine goes on.', '2025-05-09')
    .filter((e) => e.type === 'statement')
    .map((e) => [...e.actors].sort());

test('a joint statement of a list of tellers is one statement of them all', () => {
  expect(statements('In a joint statement, Emmanuel Macron, Donald Tusk and Friedrich Merz said they would back Kyiv.')).toEqual([['donald-tusk', 'emmanuel-macron', 'friedrich-merz']]);
  expect(statements('Marco Rubio and Sergey Lavrov jointly said on Thursday that the talks had gone well.')).toEqual([['marco-rubio', 'sergey-lavrov']]);
});

test('negatives: tellers listed without joint words each made a saying', () => {
  expect(statements('Emmanuel Macron and Donald Tusk said on Thursday that the talks had gone well.')).toEqual([['emmanuel-macron'], ['donald-tusk']]);
});
