import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { datasetSchema, splitIntoShards } from '../../src/shared/schema';
import { synthDataset } from './synth-dataset';

const { values } = parseArgs({
  options: { events: { type: 'string', default: '1000' }, seed: { type: 'string', default: '1' }, out: { type: 'string' } },
});
const events = Number(values.events);
const seed = Number(values.seed);
if (!Number.isInteger(events) || events < 1) throw new Error(`--events must be a positive integer, got "${values.events}"`);
if (!Number.isInteger(seed)) throw new Error(`--seed must be an integer, got "${values.seed}"`);
const outDir = resolve(values.out ?? join('.cache', 'synth', `n${events}-s${seed}`));
// Synthetic data must never be mistaken for the real, committed dataset.
if (outDir.startsWith(resolve('public'))) throw new Error(`refusing to write synthetic data into ${outDir}`);

const dataset = synthDataset(events, seed);
const check = datasetSchema.safeParse(dataset);
if (!check.success) throw new Error(`generated data is not schema-valid: ${JSON.stringify(check.error.issues[0])}`);
mkdirSync(join(outDir, 'shards'), { recursive: true });
const file = join(outDir, 'events.json');
writeFileSync(file, JSON.stringify(dataset));
// The form the dashboard loads, as the pipeline writes it: an index and a file per conflict and month.
const { index, shards } = splitIntoShards(dataset);
writeFileSync(join(outDir, 'index.json'), JSON.stringify(index));
for (const [name, shard] of shards) writeFileSync(join(outDir, name), JSON.stringify(shard));
console.log(`${file}: ${dataset.events.length} events, ${dataset.people.length} people, ${dataset.articles.length} articles`);
