import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { eventSchema, type Article } from '../../src/shared/schema';
import { readArticle } from '../ingest/read-article';
import { mergeEvents } from '../merge/merge-events';
import { loadGazetteer } from '../people/gazetteer';
import { analyseArticle } from '../run-pipeline';
import { segmentSentences } from '../sentences/segment-sentences';
import { extractEvents } from './extract-events';

const people = loadGazetteer('data/gazetteer');
const byId = new Map(people.map((p) => [p.id, p]));

/** Real sentences, from the seeds and the unseen reports: the generator recombines them into new articles. */
const SENTENCES = [
  ...readdirSync('data/articles').map((f) => join('data/articles', f)),
  ...readdirSync('pipeline/events/fixtures/unseen').map((f) => join('pipeline/events/fixtures/unseen', f)),
].flatMap((path) => {
  const a = readArticle(path, readFileSync(path, 'utf8'));
  return segmentSentences(a.body, a.boilerplate).map((s) => s.text);
});

const article = fc.record({
  paragraphs: fc.array(fc.array(fc.constantFrom(...SENTENCES), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }),
  published: fc.date({ min: new Date('2025-04-01T00:00:00Z'), max: new Date('2025-05-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
});

test('on articles recombined from real sentences, every event is sourced, verbatim, validly dated and schema-valid', () => {
  let seen = 0;
  fc.assert(
    fc.property(article, ({ paragraphs, published }) => {
      const parsed = readArticle('p.md', `---\ntitle: t\npublished: ${published}\n---\n${paragraphs.map((p) => p.join(' ')).join('\n\n')}`, { today: '2030-01-01' });
      const { body } = parsed;
      const extracted = extractEvents(analyseArticle(parsed, people), byId);
      const events = mergeEvents(extracted, byId, new Map<string, Article>([[parsed.meta.id, parsed.meta]]));
      expect(events.length).toBeLessThanOrEqual(extracted.length);
      for (const e of events) {
        expect(eventSchema.safeParse(e).success).toBe(true);
        expect(e.sources.length).toBeGreaterThan(0);
        for (const s of e.sources) expect(body.slice(s.start, s.end)).toBe(s.excerpt);
        expect(e.date.start <= e.date.end).toBe(true);
        if (e.date.evidence) expect(body.slice(e.date.evidence.start, e.date.evidence.end)).toBe(e.date.evidence.excerpt);
        // A guessed date is never passed off as a day.
        if (e.date.basis === 'publication') expect(e.date.precision).toBe('approximate');
        // Actors are gazetteer people or people found by name recognition (ids prefixed "ner-", which no gazetteer id uses).
        for (const id of e.actors) expect(byId.has(id) || id.startsWith('ner-')).toBe(true);
      }
      expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
      seen += events.length;
    }),
    { numRuns: 100 },
  );
  // Not vacuous: the recombined articles do yield events.
  expect(seen).toBeGreaterThan(100);
  // Each run analyses a whole article (chrono included): a generous cap for a loaded machine, not a speed check.
}, 120_000);
