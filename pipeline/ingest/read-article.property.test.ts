import fc from 'fast-check';
import { expect, test } from 'vitest';
import { findBoilerplate } from './find-boilerplate';
import { InputError } from './input-error';
import { articleLike } from './fixtures/article-like-text';
import { readArticle } from './read-article';

test('readArticle either reads an article or names the file in an InputError; what it reads fits the text', () => {
  fc.assert(
    fc.property(articleLike, (raw) => {
      try {
        const a = readArticle('p.md', raw, { today: '2030-01-01' });
        expect(raw.replace(/^\uFEFF/, '').endsWith(a.body)).toBe(true);
        expect(a.meta.bodyLength).toBe(a.body.length);
        for (const r of a.boilerplate) expect(0 <= r.start && r.start < r.end && r.end <= a.body.length).toBe(true);
      } catch (e) {
        expect(e).toBeInstanceOf(InputError);
        expect((e as InputError).message.startsWith('p.md')).toBe(true);
      }
    }),
    { numRuns: 300 },
  );
  // Hundreds of generated articles through chrono: a generous cap for a loaded machine, not a speed check.
}, 120_000);

test('findBoilerplate never crashes and returns sorted, disjoint ranges inside the body', () => {
  fc.assert(
    fc.property(articleLike, (body) => {
      const ranges = findBoilerplate(body);
      let last = 0;
      for (const r of ranges) {
        expect(r.start >= last && r.start < r.end && r.end <= body.length).toBe(true);
        last = r.end;
      }
    }),
    { numRuns: 300 },
  );
  // Hundreds of generated articles through chrono: a generous cap for a loaded machine, not a speed check.
}, 120_000);
