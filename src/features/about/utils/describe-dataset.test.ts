import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { datasetSchema } from '../../../shared/schema';
import { extractionAccuracySchema } from '../../../shared/schema/extraction-accuracy';
import { describeDataset, describeSources } from './describe-dataset';

const published = datasetSchema.parse(JSON.parse(readFileSync('public/data/events.json', 'utf8')));

test('the published data is described by counting it: articles, distinct publishers, unknown ones, spans', () => {
  const facts = describeDataset(published);
  expect(facts.articles).toBe(published.articles.length);
  expect(facts.publishers).toBe(new Set(published.articles.map((a) => a.publisher?.toLowerCase()).filter(Boolean)).size);
  expect(facts.unknownPublisher).toBe(published.articles.filter((a) => a.publisher === null).length);
  for (const a of published.articles) {
    expect(a.published >= (facts.published?.first ?? '')).toBe(true);
    expect(a.published <= (facts.published?.last ?? '')).toBe(true);
  }
  for (const e of published.events) {
    expect(e.date.start >= (facts.eventSpan?.first ?? '')).toBe(true);
    expect(e.date.end <= (facts.eventSpan?.last ?? '')).toBe(true);
  }
});

test('sources are worded by what is known of their publishers', () => {
  const base = { published: null, events: 0, eventSpan: null };
  expect(describeSources({ ...base, articles: 3, publishers: 1, unknownPublisher: 2 })).toBe('3 articles from 1 publisher (2 with no publisher named)');
  expect(describeSources({ ...base, articles: 2, publishers: 2, unknownPublisher: 0 })).toBe('2 articles from 2 publishers');
  expect(describeSources({ ...base, articles: 2, publishers: 0, unknownPublisher: 2 })).toBe('2 articles, none naming its publisher');
  expect(describeSources({ ...base, articles: 0, publishers: 0, unknownPublisher: 0 })).toBe('No articles');
});

test('the accuracy the dialog ships is a valid evaluation summary whose counts add up', () => {
  const a = extractionAccuracySchema.parse(JSON.parse(readFileSync('src/features/about/data/extraction-accuracy.json', 'utf8')));
  for (const r of [a.required, a.optional, a.dateRight, a.verbatim]) expect(r.hits).toBeLessThanOrEqual(r.of);
  expect(a.spurious).toBeLessThanOrEqual(a.outputEvents);
});
