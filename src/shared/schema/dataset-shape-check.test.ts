import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { articleSchema, httpUrl, dateBasisSchema, eventSchema, noteSchema, personSchema, precisionSchema, publishedBasisSchema } from './dataset';
import { datasetIndexSchema, shardSchema } from './dataset-shards';
import {
  checkIndexShape,
  checkShardShape,
  DATE_BASES,
  isHttpUrl,
  EVENT_STATUSES,
  NOTE_KINDS,
  PERSON_ORIGINS,
  PRECISIONS,
  PUBLISHED_BASES,
} from './dataset-shape-check';
import { CONFLICT_IDS } from './conflicts';
import { CHANNELS, EVENT_TYPE_IDS } from './event-types';

const published = (path: string) => JSON.parse(readFileSync(`public/data/${path}`, 'utf8')) as Record<string, unknown>;
const index = published('index.json') as { shards: { file: string }[] } & Record<string, unknown>;
const shards = index.shards.map((s) => published(s.file) as { events: unknown[] } & Record<string, unknown>);

type Path = (string | number)[];
/** Every place in a JSON value, parents before children. */
function paths(v: unknown, prefix: Path = []): Path[] {
  if (Array.isArray(v)) return [prefix, ...v.flatMap((x, i) => paths(x, [...prefix, i]))];
  if (typeof v === 'object' && v !== null) return [prefix, ...Object.entries(v).flatMap(([k, x]) => paths(x, [...prefix, k]))];
  return [prefix];
}
const DELETE = Symbol('delete');
/** A copy of `v` with the value at `path` replaced, or removed when `value` is DELETE. */
function withValue(v: unknown, path: Path, value: unknown): unknown {
  const [key, ...rest] = path;
  if (key === undefined) return value;
  if (Array.isArray(v)) return !rest.length && value === DELETE ? (v as unknown[]).filter((_, i) => i !== key) : (v as unknown[]).map((x, i) => (i === key ? withValue(x, rest, value) : x));
  const o = v as Record<string, unknown>;
  if (!rest.length && value === DELETE) return Object.fromEntries(Object.entries(o).filter(([k]) => k !== String(key)));
  return { ...o, [key]: withValue(o[key], rest, value) };
}

/**
 * What each field is set to: wrong types, edge values of every rule in the schema (empty, negative, unsafe
 * integers, impossible dates, months out of range, links of every kind) and valid values of other fields.
 */
const VALUES: unknown[] = [
  DELETE, null, 0, -1, 1.5, 2 ** 53, 1, 2, true, false, [], [{}], {}, '', ' ', 'x', 'a-1', 'Bad Id', '-a', 'IN', 'in', 'I', '12', '123', '12345',
  '2025-04-01', '2025-04-30', '2025-02-29', '2024-02-29', '2025-02-30', '2025-13-01', '1900-01-01', '2099-12-31', '2025-04', '2025-05', '2024-12',
  '2025-00', '2025-13', 'https://example.org/a', ' http://example.org ', 'HTTPS://EXAMPLE.ORG', 'http:example.org', 'https://', 'https://exa mple.org',
  'ftp://example.org', 'javascript:alert(1)', 'shards/x.json', 'shards/../x.json', 'shards/X.json',
  ...[PRECISIONS, DATE_BASES, PUBLISHED_BASES, PERSON_ORIGINS, NOTE_KINDS, EVENT_STATUSES, CONFLICT_IDS, EVENT_TYPE_IDS, CHANNELS].map((words) => words[0]),
];

/** The same value with every array cut to its first two items: each kind of field once or twice, and quick to mutate. */
function twoOfEach(v: unknown): unknown {
  if (Array.isArray(v)) return v.slice(0, 2).map(twoOfEach);
  if (typeof v === 'object' && v !== null) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, twoOfEach(x)]));
  return v;
}
/** The distinct forms a list's items take (which optional parts are filled), one item of each. */
function oneOfEachForm<T>(items: T[]): T[] {
  const form = (v: unknown) => paths(twoOfEach(v)).map((p) => p.map((k) => (typeof k === 'number' ? '#' : k)).join('.')).sort().join(' ');
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(form(item))) seen.set(form(item), item);
  return [...seen.values()];
}

/** Mutates every field of `sample` to every value and lists where zod and the plain check disagree. */
function disagreements(sample: unknown, schema: z.ZodType, check: (v: unknown) => unknown): string[] {
  const out: string[] = [];
  const compare = (v: unknown, what: string) => {
    const zod = schema.safeParse(v).success;
    const plain = check(v) === null;
    if (zod !== plain) out.push(`${what}: zod ${zod ? 'accepts' : 'refuses'}, the plain check ${plain ? 'accepts' : 'refuses'}`);
  };
  compare(sample, 'as published');
  for (const path of paths(sample)) {
    if (!path.length) continue;
    for (const value of VALUES) compare(withValue(sample, path, value), `${path.join('.')} = ${typeof value === 'symbol' ? '(deleted)' : JSON.stringify(value)}`);
  }
  // Keys the schema does not know are ignored by both; a shard or its listing may span months.
  for (const path of paths(sample).filter((p) => { const v = p.reduce<unknown>((o, k) => (o as Record<string | number, unknown>)[k], sample); return typeof v === 'object' && v !== null && !Array.isArray(v); }))
    for (const [key, value] of [['extra', 1], ['until', '2025-05'], ['until', '2025-03'], ['until', 'May'], ['summary', ''], ['summary', 'x']] as const)
      compare(withValue(sample, [...path, key], value), `${[...path, key].join('.')} = ${JSON.stringify(value)}`);
  return out;
}

// Thousands of parses each: seconds on a shared machine.
describe('the plain shape checks accept exactly what the zod schemas accept', { timeout: 60_000 }, () => {
  it('on the published index and shards', () => {
    expect(checkIndexShape(index)).toBeNull();
    for (const s of shards) expect(checkShardShape(s)).toBeNull();
  });

  it('on the index with every field of each form of article, person and shard listing changed', () => {
    const { articles, people, shards: refs } = index as unknown as Record<'articles' | 'people' | 'shards', unknown[]>;
    for (const [article, person, ref] of oneOfEachForm(articles).map((a, i) => [a, oneOfEachForm(people)[i] ?? people[0], refs[i] ?? refs[0]]))
      expect(disagreements(twoOfEach({ ...index, articles: [article], people: [person], shards: [ref] }), datasetIndexSchema, checkIndexShape)).toEqual([]);
  });

  it('on a shard of each form of published event with every field changed', () => {
    const samples = shards.flatMap((s) => oneOfEachForm(s.events).map((ev) => twoOfEach({ ...s, events: [ev] })));
    expect(samples.length).toBeGreaterThan(1);
    for (const shard of samples) expect(disagreements(shard, shardSchema, checkShardShape)).toEqual([]);
  });

  it('on URLs, those its quick form takes without the parser among them', () => {
    const urls = [
      'https://www.example.org/world/asia/2025/05/10/story.html?ref=home#top',
      'http://news.example.co.uk',
      'HTTPS://Example.COM/a b',
      '  https://example.com/x  ',
      'https://example.com/<tag>|{brace}^`',
      'https://example.com/%zz',
      'https://-odd-.example/',
      'https://1.2.3.4/',
      'https://10.0.0.999/',
      'https://example.123/',
      'https://example.0x1f/',
      'https://xn--ls8h.example/',
      'https://xn--a.example/',
      'https://example.xn--p1ai/',
      'https://example.com:8080/',
      'https://example.com:99999/',
      'https://user:pw@example.com/',
      'https://exa mple.com/',
      'https://example..com/',
      'https://',
      'ftp://example.com/',
      'example.com',
      'https://пример.рф/',
      'https://example.com/\\back',
    ];
    for (const u of urls) expect(isHttpUrl(u), u).toBe(httpUrl.safeParse(u).success);
  });

  it('uses the same words in each enumeration as the zod schema', () => {
    expect(PRECISIONS).toEqual(precisionSchema.options);
    expect(DATE_BASES).toEqual(dateBasisSchema.options);
    expect(PUBLISHED_BASES).toEqual(publishedBasisSchema.options);
    expect(PERSON_ORIGINS).toEqual(personSchema.shape.origin.options);
    expect(NOTE_KINDS).toEqual(noteSchema.shape.kind.options);
    expect(EVENT_STATUSES).toEqual(eventSchema.shape.status.options);
    expect(Object.keys(articleSchema.shape)).toContain('url');
  });

  it('says where the first problem is', () => {
    const [first] = shards;
    if (!first) throw new Error('no shard');
    const broken = withValue(first, ['events', 0, 'date', 'start'], '2025-02-30');
    expect(checkShardShape(broken)?.path).toEqual(['events', 0, 'date', 'start']);
    expect(checkIndexShape({ ...index, schemaVersion: 2 })?.path).toEqual(['schemaVersion']);
  });
});
