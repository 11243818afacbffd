import { parseArgs } from 'node:util';
import { isoDate } from '../src/shared/schema';
import { runPipeline, toDataset } from './run-pipeline';
import { writeDataset } from './output/write-dataset';
import { qualityReport } from './output/quality-report';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: 'data/articles' },
    out: { type: 'string', default: 'public/data' },
    gazetteer: { type: 'string', default: 'data/gazetteer' },
    curation: { type: 'string', default: 'data/curation' },
    report: { type: 'boolean', default: false },
    today: { type: 'string' },
  },
});

if (values.today !== undefined && !isoDate.safeParse(values.today).success) {
  console.error(`error: --today must be a date as YYYY-MM-DD, not "${values.today}"`);
  process.exit(2);
}
const result = runPipeline({ articlesDir: values.articles, gazetteerDir: values.gazetteer, curationDir: values.curation, today: values.today });
writeDataset(values.out, toDataset(result), result.articles);
console.log(`${result.articles.length} articles, ${result.events.length} events, ${result.people.length} people -> ${values.out}`);
if (result.skippedCuration) console.log(`${result.skippedCuration} curation entr${result.skippedCuration === 1 ? 'y' : 'ies'} about articles not in ${values.articles} skipped`);
if (values.report) console.log(qualityReport(result));
for (const p of result.problems) console.error(`error: ${p.file}${p.line === null ? '' : `:${p.line}`}: ${p.message}`);
if (result.problems.length) {
  console.error(`${result.problems.length} problem(s): the rest was processed`);
  process.exitCode = 1;
}
