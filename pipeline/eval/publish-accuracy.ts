import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { extractionAccuracySchema, type ExtractionAccuracy } from '../../src/shared/schema/extraction-accuracy';
import type { EvalFacts } from './format-report';
import type { Score } from './score-events';

/** Where the dashboard's "About this data" reads the figures from: bundled with it, so it needs no request. */
export const ACCURACY_FILE = 'src/features/about/data/extraction-accuracy.json';

/** The headline figures of one evaluation, in the shape the dashboard reads (validated before it is written). */
export function toAccuracy(score: Score, facts: EvalFacts, corpus: string, measuredOn: string): ExtractionAccuracy {
  return extractionAccuracySchema.parse({
    measuredOn,
    corpus,
    articles: facts.articles,
    required: { hits: score.foundRequired, of: score.required },
    optional: { hits: score.foundOptional, of: score.optional },
    outputEvents: facts.events,
    spurious: score.spurious.length,
    dateRight: score.fields.dateRight,
    verbatim: facts.verbatim,
  });
}

const published = (file: string): ExtractionAccuracy | null => (existsSync(file) ? extractionAccuracySchema.parse(JSON.parse(readFileSync(file, 'utf8'))) : null);

/** The development corpus's figures; the figures on unseen text published before are kept. */
export function writeAccuracy(file: string, score: Score, facts: EvalFacts, corpus: string, measuredOn = new Date().toISOString().slice(0, 10)) {
  const unseen = published(file)?.unseen;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(extractionAccuracySchema.parse({ ...toAccuracy(score, facts, corpus, measuredOn), unseen }), null, 2)}\n`);
}

/** The figures on a set the pipeline was never tuned to, beside the development corpus's (published first). */
export function writeUnseenAccuracy(file: string, score: Score, facts: EvalFacts, measuredOn = new Date().toISOString().slice(0, 10)) {
  const base = published(file);
  if (!base) throw new Error(`${file}: publish the development corpus's figures first (--publish)`);
  const unseen = { measuredOn, articles: facts.articles, required: { hits: score.foundRequired, of: score.required }, dateRight: score.fields.dateRight, outputEvents: facts.events, spurious: score.spurious.length };
  writeFileSync(file, `${JSON.stringify(extractionAccuracySchema.parse({ ...base, unseen }), null, 2)}\n`);
}
