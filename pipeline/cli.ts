import { parseArgs } from 'node:util';
import { runPipeline, toDataset } from './run-pipeline';
import { writeDataset } from './output/write-dataset';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: 'data/articles' },
    out: { type: 'string', default: 'public/data' },
    gazetteer: { type: 'string', default: 'data/gazetteer' },
    curation: { type: 'string', default: 'data/curation' },
  },
});

const result = runPipeline({ articlesDir: values.articles, gazetteerDir: values.gazetteer, curationDir: values.curation });
writeDataset(values.out, toDataset(result), result.articles);
console.log(`${result.articles.length} articles, ${result.events.length} events, ${result.people.length} people -> ${values.out}`);
for (const p of result.problems) console.error(`error: ${p.file}${p.line === null ? '' : `:${p.line}`}: ${p.message}`);
if (result.problems.length) {
  console.error(`${result.problems.length} article(s) failed`);
  process.exitCode = 1;
}
