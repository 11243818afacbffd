import { describe, expect, test } from 'vitest';
import type { Person } from '../../src/shared/schema';
import { readArticle } from '../ingest/read-article';
import { loadGazetteer } from '../people/gazetteer';
import { analyseArticle } from '../run-pipeline';
import { extractEvents } from './extract-events';

/** Rule "a forecast is no event" (events/forecasts.ts). Sentences written for these tests. */
const people: Person[] = loadGazetteer('data/gazetteer');
const byId = new Map(people.map((p) => [p.id, p]));

function run(body: string, published = '2025-06-02') {
  const article = readArticle('forecasts.md', `---\ntitle: t\npublished: ${published}\n---\n${body}`);
  const events = extractEvents(analyseArticle(article, people), byId);
  for (const e of events) for (const s of e.sources) expect(article.body.slice(s.start, s.end)).toBe(s.excerpt);
  return events;
}
const planned = (body: string) => run(body).filter((e) => e.status === 'planned').map((e) => e.type);

describe('rule "a forecast is no event": a saying or an attack still ahead, with no day of its own', () => {
  test('an expected remark and an intended strike, undated, are no planned events', () => {
    expect(planned('Sources said Narendra Modi is expected to accuse Pakistan of backing militants.')).toEqual([]);
    expect(planned('Vladimir Putin told Donald Trump that he plans to respond to the Ukrainian drone strike on Russian airfields.')).toEqual([]);
  });
  test('negative: a remark to come on a named day, and an undated meeting to come, stay planned', () => {
    expect(planned('Shehbaz Sharif will condemn India at the United Nations on Friday.')).toEqual(['condemnation']);
    expect(planned('Marco Rubio will meet Sergey Lavrov in Riyadh.')).toEqual(['meeting']);
  });
});
