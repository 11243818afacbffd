import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { readArticle } from '../ingest/read-article';
import { segmentSentences } from '../sentences/segment-sentences';
import { inheritDate, resolveDates } from './resolve-dates';

function analyse(body: string, published: string) {
  const sentences = segmentSentences(body);
  return { sentences, mentions: resolveDates(body, sentences, published) };
}

test('a sentence with its own date keeps it', () => {
  const { sentences, mentions } = analyse('Rubio spoke to Jaishankar on Thursday. He urged restraint.', '2025-05-09');
  expect(inheritDate(sentences, mentions, 0, '2025-05-09')).toEqual({ start: '2025-05-08', end: '2025-05-08', precision: 'day', basis: 'weekday-relative' });
});

test('in the same paragraph a sentence inherits the last date before it, one step less precise', () => {
  const { sentences, mentions } = analyse('Rubio spoke to Jaishankar on Thursday. He urged restraint.', '2025-05-09');
  expect(inheritDate(sentences, mentions, 1, '2025-05-09')).toEqual({ start: '2025-05-08', end: '2025-05-08', precision: 'week', basis: 'inherited' });
});

test('across paragraphs the inherited date is only approximate', () => {
  const a = readArticle('001_94da05fad19ce5d3.txt', readFileSync('data/articles/001_94da05fad19ce5d3.txt', 'utf8'));
  const sentences = segmentSentences(a.body, a.boilerplate);
  const mentions = resolveDates(a.body, sentences, a.meta.published);
  const i = sentences.findIndex((s) => s.text.startsWith('Bruce, while addressing a press briefing'));
  expect(sentences[i]?.paragraph).toBe(1);
  expect(inheritDate(sentences, mentions, i, a.meta.published)).toEqual({ start: '2025-05-08', end: '2025-05-08', precision: 'approximate', basis: 'inherited' });
});

test('background years do not set the scene for the sentences after them', () => {
  const { sentences, mentions } = analyse('The treaty was signed in 1960. India suspended it.', '2025-04-24');
  expect(inheritDate(sentences, mentions, 1, '2025-04-24')).toEqual({ start: '2025-04-24', end: '2025-04-24', precision: 'approximate', basis: 'publication' });
});

test('with nothing dated before it, the publication date is used and marked as such, never as the day', () => {
  const { sentences, mentions } = analyse('Tensions remain high. Both sides urged calm.', '2025-05-09');
  for (const i of [0, 1]) expect(inheritDate(sentences, mentions, i, '2025-05-09')).toEqual({ start: '2025-05-09', end: '2025-05-09', precision: 'approximate', basis: 'publication' });
});
