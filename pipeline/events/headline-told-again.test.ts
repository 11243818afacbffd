import { expect, test } from 'vitest';
import { extractedOfText } from './fixtures/unseen-events-of';

/**
 * Rule "the headline told again" (headline-told-again.ts): sentences written for the test, as the body of an article
 * published on Wednesday 4 June 2025, read before merging (the rule acts within one article's extraction).
 */
const PUBLISHED = '2025-06-04';
const read = (body: string) => extractedOfText(body, PUBLISHED).map((e) => ({ type: e.type, actors: [...e.actors].sort(), start: e.date.start, sources: e.sources.map((s) => s.start) }));

test('a headline naming one side of a call the body tells in full is that call: one event, the headline a source of it', () => {
  const body = 'Beijing envoy holds phone talks with Doval\n\nChinese Foreign Minister Wang Yi spoke by phone with Ajit Doval on Saturday about the fighting with Pakistan.';
  expect(read(body)).toEqual([{ type: 'phone_call', actors: ['ajit-doval', 'wang-yi'], start: '2025-05-31', sources: [44, 0] }]);
});

test('a headline\'s verb of speaking sums up the words the body gives its speaker', () => {
  const body = 'Dhaka urges calm in South Asia: adviser\n\nBangladesh foreign adviser Touhid Hossain said on Tuesday that India and Pakistan should settle their dispute through talks.';
  expect(read(body)).toEqual([{ type: 'statement', actors: ['touhid-hossain'], start: '2025-06-03', sources: [41, 0] }]);
});

test('negative: a headline whose act the body does not tell again stays an event', () => {
  const body = 'Dhaka urges India and Pakistan to talk\n\nThe two neighbours have fought three wars since 1947.';
  expect(read(body).map((e) => e.type)).toContain('appeal');
});

test('negative: a headline\'s call with someone the body\'s call does not name stays apart', () => {
  const body = 'Wang Yi holds phone talks with Ishaq Dar\n\nChinese Foreign Minister Wang Yi spoke by phone with Ajit Doval on Saturday about the fighting with Pakistan.';
  expect(read(body).filter((e) => e.type === 'phone_call')).toHaveLength(2);
});
