import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { runPipeline, toDataset } from './run-pipeline';
import { writeDataset } from './output/write-dataset';

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? listFiles(join(dir, d.name), `${prefix}${d.name}/`) : [`${prefix}${d.name}`],
  );
}

test('public/data is what the pipeline makes of data/ now (run `npm run pipeline` when this fails)', () => {
  const out = join(mkdtempSync(join(tmpdir(), 'ct-fresh-')), 'data');
  const result = runPipeline({ articlesDir: 'data/articles', gazetteerDir: 'data/gazetteer', curationDir: 'data/curation' });
  writeDataset(out, toDataset(result), result.articles);
  const committed = listFiles('public/data').sort();
  expect(committed).toEqual(listFiles(out).sort());
  for (const f of committed) expect(readFileSync(join('public/data', f), 'utf8'), f).toBe(readFileSync(join(out, f), 'utf8'));
});
