import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createPlainValidator } from './plain-validator';

const text = (path: string) => readFileSync(`public/data/${path}`, 'utf8');
const index = JSON.parse(text('index.json')) as { shards: { file: string }[] };
const firstShard = index.shards[0]?.file ?? '';
const shard = JSON.parse(text(firstShard)) as { events: { date: { start: string } }[] };

describe('the plain validator (on the page for a small dataset, in each worker for a large one)', () => {
  it('accepts the published index and shards', async () => {
    const validate = createPlainValidator();
    expect((await validate({ kind: 'index', text: text('index.json') })).ok).toBe(true);
    for (const s of index.shards) expect(await validate({ kind: 'shard', text: text(s.file) })).toEqual({ ok: true });
  });

  it('explains a refused shard in the zod schema’s words', async () => {
    const validate = createPlainValidator();
    await validate({ kind: 'index', text: text('index.json') });
    const [first, ...rest] = shard.events;
    if (!first) throw new Error('empty shard');
    const broken = { ...shard, events: [{ ...first, date: { ...first.date, start: '2025-02-30' } }, ...rest] };
    const reply = await validate({ kind: 'shard', text: JSON.stringify(broken) });
    expect(reply.ok ? '' : reply.reason).toMatch(/^does not match the schema at events\.0\.date\.start: not a real calendar date( \(and \d+ more problems?\))?$/);
  });

  it('explains a refused index, and refuses a shard that names a person the index does not list', async () => {
    const validate = createPlainValidator();
    const reply = await validate({ kind: 'index', text: JSON.stringify({ ...index, schemaVersion: 2 }) });
    expect(reply.ok ? '' : reply.reason).toMatch(/^does not match the schema at schemaVersion: /);
    const again = createPlainValidator();
    await again({ kind: 'index', text: JSON.stringify({ ...index, people: [] }) });
    const refused = await again({ kind: 'shard', text: text(firstShard) });
    expect(refused.ok ? '' : refused.reason).toMatch(/^does not match the schema at events\.\d+\.(actors\.0: unknown person|sources\.\d+\.speaker: unknown speaker) /);
  });

  it('checks the page’s own parse when it is handed along, not a second parse of the text', async () => {
    const validate = createPlainValidator();
    await validate({ kind: 'index', text: text('index.json') });
    const [first, ...rest] = shard.events;
    if (!first) throw new Error('empty shard');
    const broken = { ...shard, events: [{ ...first, date: { ...first.date, start: '2025-02-30' } }, ...rest] };
    // The text is the valid file; what the page would show is the broken parse: that is what must be refused.
    const reply = await validate({ kind: 'shard', text: text(firstShard), json: broken });
    expect(reply.ok ? '' : reply.reason).toMatch(/^does not match the schema at events\.0\.date\.start: not a real calendar date/);
    expect(await validate({ kind: 'shard', text: text(firstShard), json: JSON.parse(text(firstShard)) })).toEqual({ ok: true });
  });
});
