import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { extractionAccuracySchema } from '../../src/shared/schema/extraction-accuracy';
import { runPipeline } from '../run-pipeline';
import { readAnswerKey } from './answer-key';
import { scoreEvents } from './score-events';
import { writeAccuracy, writeUnseenAccuracy } from './publish-accuracy';

const corpus = '../shared/dev-corpus';

/** The development corpus run and scored, and a fresh file to publish its figures to. */
function scoredDevCorpus() {
  const key = readAnswerKey(join(corpus, 'KEY.json'));
  const result = runPipeline({ articlesDir: join(corpus, 'articles'), gazetteerDir: 'data/gazetteer', curationDir: 'data/curation' });
  const idOfFile = new Map(result.articles.map((a) => [a.meta.file, a.meta.id]));
  const score = scoreEvents(key.events, result.events, { articleIdOf: (f) => idOfFile.get(f), people: new Map(result.people.map((p) => [p.id, p])) });
  const facts = { articles: result.articles.length, events: result.events.length, verbatim: { hits: 1, of: 1 }, dateViolations: 0, seconds: 0 };
  return { result, score, facts, file: join(mkdtempSync(join(tmpdir(), 'ct-accuracy-')), 'accuracy.json') };
}

test.skipIf(!existsSync(corpus))('--publish writes the figures the report prints, in the shape the dashboard reads (skipped without ../shared/dev-corpus)', () => {
  const { result, score, facts, file } = scoredDevCorpus();
  writeAccuracy(file, score, facts, 'dev-corpus', '2026-12-03');
  const written = extractionAccuracySchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  expect(written).toMatchObject({ measuredOn: '2026-12-03', corpus: 'dev-corpus', articles: result.articles.length, outputEvents: result.events.length });
  expect(written.required).toEqual({ hits: score.foundRequired, of: score.required });
  expect(written.dateRight).toEqual(score.fields.dateRight);
  expect(written.spurious).toBe(score.spurious.length);
});

test.skipIf(!existsSync(corpus))('--publish-unseen adds the figures on unseen text, and a later --publish keeps them (skipped without ../shared/dev-corpus)', () => {
  const { result, score, facts, file } = scoredDevCorpus();
  expect(() => { writeUnseenAccuracy(file, score, facts, '2026-12-03'); }).toThrow(/publish the development corpus's figures first/);
  writeAccuracy(file, score, facts, 'dev-corpus', '2026-12-03');
  // The scored run stands in for an unseen set here: what matters is where each figure goes.
  writeUnseenAccuracy(file, score, { ...facts, articles: 7 }, '2026-12-04');
  writeAccuracy(file, score, facts, 'dev-corpus', '2026-12-05');
  const written = extractionAccuracySchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  expect(written.measuredOn).toBe('2026-12-05');
  expect(written.unseen).toEqual({ measuredOn: '2026-12-04', articles: 7, required: { hits: score.foundRequired, of: score.required }, dateRight: score.fields.dateRight, outputEvents: result.events.length, spurious: score.spurious.length });
});
