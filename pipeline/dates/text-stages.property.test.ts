import fc from 'fast-check';
import { expect, test } from 'vitest';
import { isoDate } from '../../src/shared/schema';
import { articleLike } from '../ingest/fixtures/article-like-text';
import { findBoilerplate } from '../ingest/find-boilerplate';
import { segmentSentences } from '../sentences/segment-sentences';
import { inheritDate, resolveDates } from './resolve-dates';

const published = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

test('sentences are exact, trimmed, ordered slices of the body; dates are exact slices with valid ranges', () => {
  fc.assert(
    fc.property(articleLike, published, (body, pub) => {
      const skip = findBoilerplate(body);
      const sentences = segmentSentences(body, skip);
      let last = 0;
      for (const s of sentences) {
        expect(body.slice(s.start, s.end)).toBe(s.text);
        expect(s.start >= last && s.start < s.end).toBe(true);
        expect(s.text.trim()).toBe(s.text);
        expect(skip.some((b) => b.start <= s.start && s.end <= b.end)).toBe(false);
        last = s.end;
      }
      const mentions = resolveDates(body, sentences, pub);
      for (const m of mentions) {
        expect(body.slice(m.start, m.end)).toBe(m.text);
        expect(sentences.some((s) => s.start <= m.start && m.end <= s.end)).toBe(true);
        expect(isoDate.safeParse(m.date.start).success && isoDate.safeParse(m.date.end).success).toBe(true);
        expect(m.date.start <= m.date.end).toBe(true);
      }
      sentences.forEach((_, i) => {
        const d = inheritDate(sentences, mentions, i, pub);
        expect(isoDate.safeParse(d.start).success && d.start <= d.end).toBe(true);
        if (d.basis === 'publication') expect(d.precision).toBe('approximate');
      });
    }),
    { numRuns: 300 },
  );
  // Hundreds of generated articles through chrono: a generous cap for a loaded machine, not a speed check.
}, 120_000);
