import { expect, test } from 'vitest';
import type { Article, Source } from '../../src/shared/schema';
import { countCorroboration } from './count-corroboration';

const article = (id: string, publisher: string | null): Article => ({
  id,
  title: id,
  url: null,
  publisher,
  published: '2025-05-09',
  publishedBasis: 'front-matter',
  provenanceNote: null,
  file: `${id}.md`,
  bodyLength: 1000,
  notes: [],
});

const source = (articleId: string, excerpt: string, start = 0): Source => ({ article: articleId, start, end: start + excerpt.length, excerpt, speaker: null, isQuote: false });

const articles = new Map(
  [article('a', 'Outlet A'), article('a2', 'Outlet A'), article('b', 'Outlet B'), article('c', 'Outlet C'), article('d', 'Outlet D'), article('x', null)].map((a) => [a.id, a]),
);

// Our own sentences: one wire paragraph, a lightly edited reprint of it, and an account in other words.
const wireCopy = 'The two foreign ministers spoke by telephone late on Tuesday and agreed to keep their military channels open.';
const editedReprint = 'The two foreign ministers spoke by telephone late on Tuesday and agreed to keep their military hotlines open.';
const ownWords = 'Officials in both capitals confirmed a call between the ministers, who discussed the border situation at length.';

test('a lightly edited reprint of one wire story counts once; an account in other words counts apart', () => {
  expect(countCorroboration([source('a', wireCopy), source('b', editedReprint)], articles)).toBe(1);
  expect(countCorroboration([source('a', wireCopy), source('b', editedReprint), source('c', ownWords)], articles)).toBe(2);
});

test('reprints join outlets through a chain: A like B and B like C are one story', () => {
  const thirdEdit = 'The two foreign ministers spoke by phone late on Tuesday and agreed to keep their military hotlines open.';
  expect(countCorroboration([source('a', wireCopy), source('b', editedReprint), source('c', thirdEdit), source('d', ownWords)], articles)).toBe(2);
});

test('repeating one outlet’s sentence, or adding articles without a publisher, changes nothing', () => {
  const sources = [source('a', wireCopy), source('a', wireCopy, 200), source('a2', wireCopy), source('c', ownWords), source('x', editedReprint), source('x', ownWords, 300)];
  expect(countCorroboration(sources, articles)).toBe(2);
});

test('the same long quotation in two outlets’ own sentences does not make them one story', () => {
  const quote = '"We will not allow anyone to threaten our sovereignty, our borders or our people, and we will answer every attack with resolve,"';
  const first = `${quote} the minister said.`;
  const second = `${quote} he told reporters.`;
  expect(countCorroboration([source('a', first), source('b', second)], articles)).toBe(2);
});
