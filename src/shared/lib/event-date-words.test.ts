import { expect, test } from 'vitest';
import type { Article, EventDate } from '../schema';
import { formatEventDate, whyUncertain } from './event-date-words';

const article = { published: '2025-05-09' } as Article;
const exact: EventDate = { start: '2025-05-08', end: '2025-05-08', precision: 'day', basis: 'explicit', evidence: null };
const byPublication: EventDate = { start: '2025-05-02', end: '2025-05-09', precision: 'approximate', basis: 'publication', evidence: null };

test('an exact day is written plainly, an uncertain date as ≈ and every day it may fall on', () => {
  expect(formatEventDate(exact)).toBe('8 May 2025');
  expect(formatEventDate(byPublication)).toBe('≈ 2 May 2025 – 9 May 2025');
  expect(formatEventDate({ ...exact, precision: 'approximate' })).toBe('≈ 8 May 2025');
});

test('the reason for an uncertain date is given in words, with the publication day it was counted from', () => {
  expect(whyUncertain(exact, article)).toBeNull();
  expect(whyUncertain(byPublication, article)).toBe(
    'The article, published 9 May 2025, gives no date for this, so it may have happened on any day from 2 May 2025 to 9 May 2025: the days before publication that the text allows.',
  );
  const recently: EventDate = { ...byPublication, basis: 'relative-phrase', evidence: { article: 'a', start: 0, end: 8, excerpt: 'recently' } };
  expect(whyUncertain(recently, article)).toContain('(“recently”)');
});
