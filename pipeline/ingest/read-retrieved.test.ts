import { expect, test } from 'vitest';
import { catchInputError } from './catch-input-error';
import { readArticle } from './read-article';

const body = 'India and Pakistan agreed to a ceasefire on Saturday, officials in both capitals said.\n';
const file = (front: string) => `---\ntitle: Ceasefire\npublished: 2025-05-10\n${front}\n---\n${body}`;

test('"retrieved" and "provenance" written by npm run add are read; the body is untouched', () => {
  const a = readArticle('a.md', file('retrieved: 2026-12-02\nprovenance: |-\n  Added with "npm run add" from page.html.\n  title: JSON-LD headline'));
  expect(a.body).toBe(body);
  expect(a.meta.provenanceNote).toBe('Added with "npm run add" from page.html.\ntitle: JSON-LD headline');
});

test('a "retrieved" that is no date, or before publication, is an error naming its line', () => {
  expect(catchInputError(() => readArticle('a.md', file('retrieved: last week'))).message).toBe('a.md:4: front matter "retrieved" must be a date as YYYY-MM-DD, not "last week"');
  expect(catchInputError(() => readArticle('a.md', file('retrieved: 2025-05-09'))).message).toBe('a.md:4: retrieved 2025-05-09 is before the publication date 2025-05-10');
});
