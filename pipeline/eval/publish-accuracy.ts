import { mkdirSync, writeFileSync } from 'node:fs';
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

export function writeAccuracy(file: string, score: Score, facts: EvalFacts, corpus: string, measuredOn = new Date().toISOString().slice(0, 10)) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(toAccuracy(score, facts, corpus, measuredOn), null, 2)}\n`);
}
