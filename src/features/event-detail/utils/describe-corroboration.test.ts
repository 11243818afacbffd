import { expect, test } from 'vitest';
import type { Article, TimelineEvent } from '../../../shared/schema';
import { describeCorroboration } from './describe-corroboration';

const article = (id: string, publisher: string | null) => [id, { id, publisher } as Article] as const;
const articles = new Map([article('a', null), article('b', null), article('c', 'Dawn')]);
const event = (ids: string[], corroboration: number) =>
  ({ sources: ids.map((article) => ({ article, start: 0, end: 1, excerpt: 'x', speaker: null, isQuote: false })), corroboration }) as TimelineEvent;

test('never claims independent publishers for sources whose publisher is unknown', () => {
  expect(describeCorroboration(event(['a', 'a', 'b'], 0), articles)).toBe('2 articles (publishers unknown)');
  expect(describeCorroboration(event(['a'], 0), articles)).toBe('1 article (publisher unknown)');
  expect(describeCorroboration(event(['c', 'a'], 1), articles)).toBe('Reported by 1 independent publisher, and 1 article (publisher unknown)');
  expect(describeCorroboration(event(['c'], 1), articles)).toBe('Reported by 1 independent publisher');
});
