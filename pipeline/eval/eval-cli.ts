/**
 * `npm run eval -- --articles <dir> --key <KEY.json> [--out <dir>] [--publish]`: runs the pipeline on a folder and
 * scores it against an answer key (see pipeline/eval/match-events.ts for the matching rule). Prints the figures,
 * writes the full report (markdown + JSON) under bench/results/, with --out also the dataset it scored, and with
 * --publish the headline figures the dashboard's "About this data" shows (see publish-accuracy.ts); with
 * --publish-unseen, on a keyed set nobody tuned the pipeline to, the figures it shows for articles never seen.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { runPipeline, toDataset } from '../run-pipeline';
import { writeDataset } from '../output/write-dataset';
import { dateViolations } from '../dates/date-invariants';
import { readAnswerKey } from './answer-key';
import { scoreEvents } from './score-events';
import { markdownReport, summaryLines } from './format-report';
import { ACCURACY_FILE, writeAccuracy, writeUnseenAccuracy } from './publish-accuracy';

const { values } = parseArgs({
  options: {
    articles: { type: 'string' },
    key: { type: 'string' },
    out: { type: 'string' },
    results: { type: 'string', default: 'bench/results' },
    gazetteer: { type: 'string', default: 'data/gazetteer' },
    curation: { type: 'string', default: 'data/curation' },
    publish: { type: 'boolean', default: false },
    'publish-unseen': { type: 'boolean', default: false },
  },
});
if (!values.articles || !values.key) {
  console.error('usage: npm run eval -- --articles <dir> --key <KEY.json> [--out <dir>]');
  process.exit(2);
}

let key;
try {
  key = readAnswerKey(values.key);
} catch (e) {
  console.error(`error: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(2);
}
const began = performance.now();
const result = runPipeline({ articlesDir: values.articles, gazetteerDir: values.gazetteer, curationDir: values.curation });
const seconds = (performance.now() - began) / 1000;
for (const p of result.problems) console.error(`error: ${p.file}${p.line === null ? '' : `:${p.line}`}: ${p.message}`);
if (values.out) writeDataset(values.out, toDataset(result), result.articles);

const idOfFile = new Map(result.articles.map((a) => [a.meta.file, a.meta.id]));
const missingArticles = [...new Set(key.events.map((k) => k.article))].filter((f) => !idOfFile.has(f));
for (const f of missingArticles) console.error(`error: ${values.key}: the key names "${f}", which is not an article the pipeline read`);
const people = new Map(result.people.map((p) => [p.id, p]));
const score = scoreEvents(key.events, result.events, { articleIdOf: (f) => idOfFile.get(f), people });
const bodies = new Map(result.articles.map((a) => [a.meta.id, a.body]));
const sources = result.events.flatMap((e) => e.sources);
const verbatim = { hits: sources.filter((s) => bodies.get(s.article)?.slice(s.start, s.end) === s.excerpt).length, of: sources.length };
const violations = dateViolations(result.events, new Map(result.articles.map((a) => [a.meta.id, a.meta])));
const facts = { articles: result.articles.length, events: result.events.length, verbatim, dateViolations: violations.length, seconds };

const lines = summaryLines(score, facts);
mkdirSync(values.results, { recursive: true });
// Named after the key's folder ("dev-corpus"), which names the corpus better than its articles/ folder does.
const stem = join(values.results, `eval-${basename(dirname(resolve(values.key)))}`);
writeFileSync(`${stem}.md`, markdownReport(score, facts, `Evaluation of ${values.articles} against ${values.key}`));
writeFileSync(
  `${stem}.json`,
  `${JSON.stringify({ ...facts, summary: lines, score: { ...score, misses: score.misses.map((m) => ({ key: m.key.key, cause: m.cause, closest: m.closest?.id ?? null })), spurious: score.spurious.map((e) => e.id), matched: score.matched.map((m) => ({ key: m.key.key, event: m.event.id })), dateWrong: score.dateWrong.map((m) => ({ key: m.key.key, event: m.event.id, from: m.key.from, to: m.key.to, start: m.event.date.start, end: m.event.date.end, precision: m.event.date.precision })) }, violations }, null, 2)}\n`,
);
console.log(lines.join('\n'));
console.log(`report: ${stem}.md`);
if (values.publish) {
  writeAccuracy(ACCURACY_FILE, score, facts, basename(dirname(resolve(values.key))));
  console.log(`published: ${ACCURACY_FILE}`);
}
if (values['publish-unseen']) {
  writeUnseenAccuracy(ACCURACY_FILE, score, facts);
  console.log(`published (unseen): ${ACCURACY_FILE}`);
}
if (result.problems.length || missingArticles.length) process.exitCode = 1;
