import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readArticle } from './read-article';
import { InputError } from './input-error';

const raw = (f: string) => readFileSync(`data/articles/${f}`, 'utf8');

describe('readArticle on the corpus', () => {
  test('keeps the body exactly as published, after the front matter', () => {
    const text = raw('002_21932a248247e45f.txt');
    const a = readArticle('002_21932a248247e45f.txt', text);
    expect(text.endsWith(a.body)).toBe(true);
    expect(a.body.startsWith('theindianstatesman.com')).toBe(true);
    expect(a.meta).toMatchObject({ id: '002-21932a248247e45f', publisher: 'The Indian Statesman', published: '2025-04-15', publishedBasis: 'inferred' });
  });

  test('reads the publication date from a dateline when the front matter has none', () => {
    const a = readArticle('001_94da05fad19ce5d3.txt', raw('001_94da05fad19ce5d3.txt'));
    expect(a.meta.published).toBe('2025-05-09');
    expect(a.meta.publishedBasis).toBe('dateline');
  });

  test('marks boilerplate without changing the body', () => {
    const a = readArticle('002_21932a248247e45f.txt', raw('002_21932a248247e45f.txt'));
    const skipped = a.boilerplate.map((r) => a.body.slice(r.start, r.end).trim());
    expect(skipped).toEqual(expect.arrayContaining(['theindianstatesman.com', '[Photo : ANI]', 'Exit mobile version']));
  });
});

describe('readArticle on broken input', () => {
  test('an article with no date anywhere fails, naming the file and the line where the body starts', () => {
    const e = (() => {
      try {
        readArticle('x.md', '---\ntitle: T\n---\nRubio spoke on Thursday.');
      } catch (err) {
        return err;
      }
    })();
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).message).toMatch(/^x\.md:4: no publication date/);
  });

  test('broken front matter names the line', () => {
    expect(() => readArticle('y.md', '---\ntitle: "unclosed\npublished: 2025-05-09\n---\nText')).toThrow(/^y\.md:\d+: broken front matter/);
  });

  test('an impossible date is refused', () => {
    expect(() => readArticle('z.md', '---\npublished: 2025-02-30\n---\nText')).toThrow(/not a real YYYY-MM-DD date/);
  });
});
