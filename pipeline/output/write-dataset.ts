import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { datasetIndexSchema, datasetSchema, shardSchema, splitIntoShards, type Dataset } from '../../src/shared/schema';
import type { IngestedArticle } from '../types';

const jsonSchema = (schema: z.ZodType) => `${JSON.stringify(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }), null, 2)}\n`;

/**
 * Validates and writes the dataset (whole, in events.json, and as the index and shards the app loads), the article
 * bodies and the JSON Schemas.
 * Everything goes to a temporary folder first and is renamed into place, so a failed run
 * never leaves a half-written output folder.
 */
export function writeDataset(outDir: string, dataset: Dataset, articles: IngestedArticle[]): void {
  const valid = datasetSchema.parse(dataset);
  const tmp = `${outDir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  try {
    mkdirSync(join(tmp, 'articles'), { recursive: true });
    writeFileSync(join(tmp, 'events.json'), `${JSON.stringify(valid, null, 1)}\n`);
    writeFileSync(join(tmp, 'events.schema.json'), jsonSchema(datasetSchema));
    const { index, shards } = splitIntoShards(valid);
    mkdirSync(join(tmp, 'shards'));
    writeFileSync(join(tmp, 'index.json'), `${JSON.stringify(datasetIndexSchema.parse(index), null, 1)}\n`);
    for (const [file, shard] of shards) writeFileSync(join(tmp, file), `${JSON.stringify(shardSchema.parse(shard), null, 1)}\n`);
    writeFileSync(join(tmp, 'index.schema.json'), jsonSchema(datasetIndexSchema));
    writeFileSync(join(tmp, 'shard.schema.json'), jsonSchema(shardSchema));
    for (const a of articles) writeFileSync(join(tmp, 'articles', `${a.meta.id}.json`), `${JSON.stringify({ id: a.meta.id, body: a.body })}\n`);
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
  const old = `${outDir}.old-${process.pid}`;
  rmSync(old, { recursive: true, force: true });
  try {
    renameSync(outDir, old);
  } catch {
    // No previous output.
  }
  renameSync(tmp, outDir);
  rmSync(old, { recursive: true, force: true });
}
