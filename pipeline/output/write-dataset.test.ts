import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { runPipeline, toDataset } from '../run-pipeline';
import { writeDataset } from './write-dataset';

const result = runPipeline({ articlesDir: 'data/articles', gazetteerDir: 'data/gazetteer', curationDir: 'data/curation' });

function previousOutput() {
  const root = mkdtempSync(join(tmpdir(), 'ct-out-'));
  const out = join(root, 'data');
  mkdirSync(out);
  writeFileSync(join(out, 'events.json'), 'previous');
  return { root, out };
}

test('an invalid dataset leaves the previous output untouched and no temporary folder', () => {
  const { root, out } = previousOutput();
  const ds = toDataset(result);
  const broken = { ...ds, events: ds.events.map((e) => ({ ...e, sources: [] })) };
  expect(() => { writeDataset(out, broken, result.articles); }).toThrow();
  expect(readFileSync(join(out, 'events.json'), 'utf8')).toBe('previous');
  expect(readdirSync(root)).toEqual(['data']);
});

test('a write that fails half-way leaves the previous output untouched and no temporary folder', () => {
  const { root, out } = previousOutput();
  const [first] = result.articles;
  if (!first) throw new Error('no seed article');
  // An id that is not a file name makes writing the article bodies fail after events.json was written.
  const bad = [...result.articles, { ...first, meta: { ...first.meta, id: 'missing-dir/x' } }];
  expect(() => { writeDataset(out, toDataset(result), bad); }).toThrow();
  expect(readFileSync(join(out, 'events.json'), 'utf8')).toBe('previous');
  expect(readdirSync(root)).toEqual(['data']);
});
