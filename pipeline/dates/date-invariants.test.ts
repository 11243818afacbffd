import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { runPipeline } from '../run-pipeline';
import { dateViolations } from './date-invariants';

const DEV_CORPUS = '../shared/dev-corpus/articles';
const corpora = [
  { name: 'the seed articles', dir: 'data/articles' },
  { name: 'the development corpus', dir: DEV_CORPUS },
];

/** Every real text the project can see: no occurred event after its article, no year the text does not state. */
describe.each(corpora)('dates on $name', ({ dir }) => {
  const present = existsSync(dir);
  if (!present) console.warn(`skipped: ${dir} is absent (it sits beside the project in CI and the team's machines)`);
  test.skipIf(!present)('satisfy the date invariants and every excerpt is verbatim', () => {
    const r = runPipeline({ articlesDir: dir, gazetteerDir: 'data/gazetteer', curationDir: 'data/curation' });
    expect(r.problems).toEqual([]);
    expect(r.events.length).toBeGreaterThan(0);
    expect(dateViolations(r.events, new Map(r.articles.map((a) => [a.meta.id, a.meta])))).toEqual([]);
    const bodies = new Map(r.articles.map((a) => [a.meta.id, a.body]));
    for (const s of r.events.flatMap((e) => e.sources)) expect(bodies.get(s.article)?.slice(s.start, s.end)).toBe(s.excerpt);
  }, 60_000);
});
