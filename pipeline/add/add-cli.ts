import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { isoDate } from '../../src/shared/schema';
import { addArticles, type AddOutcome } from './add-articles';
import { DEFAULT_LIMITS } from './fetch-page';
import { formatPreview, previewEvents } from './preview-events';

const USAGE = 'usage: npm run add -- <url | page.html | article.txt | article.md>... [--articles <dir>] [--preview] [--force] [--from <file>] [--timeout <seconds>] [--today YYYY-MM-DD]';

function fail(message: string): never {
  console.error(`error: ${message}\n${USAGE}`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      articles: { type: 'string', default: 'data/articles' },
      gazetteer: { type: 'string', default: 'data/gazetteer' },
      preview: { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
      from: { type: 'string', multiple: true, default: [] },
      timeout: { type: 'string' },
      today: { type: 'string' },
    },
  });
} catch (e) {
  fail((e as Error).message);
}
const { values, positionals } = parsed;
const today = values.today ?? new Date().toISOString().slice(0, 10);
if (!isoDate.safeParse(today).success) fail(`--today must be a date as YYYY-MM-DD, not "${today}"`);
const timeout = values.timeout === undefined ? DEFAULT_LIMITS.timeoutMs / 1000 : Number(values.timeout);
if (!(timeout > 0)) fail(`--timeout must be a number of seconds, not "${values.timeout ?? ''}"`);

const sources = [...positionals];
for (const list of values.from) {
  let text: string;
  try {
    text = readFileSync(list, 'utf8');
  } catch (e) {
    fail(`--from ${list}: cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  // One address or path a line; blank lines and "#" comments are skipped.
  sources.push(...text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#')));
}
if (sources.length === 0) fail('nothing to add');

const report = (o: AddOutcome) => {
  if (!o.ok) {
    console.error(`error: ${o.error}`);
    return;
  }
  const path = join(values.articles, o.file);
  const d = o.draft;
  const replaced = o.replaced === null ? '' : ` (replacing ${o.replaced})`;
  const published = `published ${d.published ?? '?'} (${d.provenance.find((l) => l.startsWith('published: '))?.slice(11) ?? ''})`;
  if (!values.preview) {
    console.log(`added ${path}${replaced}: ${published}`);
    return;
  }
  console.log(`preview of ${path}${replaced}, not written: ${published}\n${formatPreview(previewEvents(o.file, o.text, values.gazetteer, today))}`);
};

const outcomes = await addArticles(sources, { articlesDir: values.articles, force: values.force, dryRun: values.preview, today, limits: { ...DEFAULT_LIMITS, timeoutMs: timeout * 1000 } }, report);
const failed = outcomes.filter((o) => !o.ok).length;
console.log(`${outcomes.length - failed} ${values.preview ? 'previewed' : 'added'}, ${failed} failed`);
if (failed) process.exitCode = 1;
