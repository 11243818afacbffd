import { isCalendarDay } from './calendar-day';
import { CONFLICT_IDS } from './conflicts';
import { CHANNELS, EVENT_TYPE_IDS } from './event-types';
import { SHARD_FILE } from './split-into-shards';

/**
 * The index and shard schemas (dataset-shards.ts, dataset.ts) restated without zod, for the page's first load: zod
 * weighs 27 kB gzip, more than the rest of the app's own code, and a small dataset is checked on the page itself.
 * It accepts exactly what the zod schemas accept (dataset-shape-check.test.ts mutates every field of real data and
 * compares the two), and says only where the first problem is: the page asks zod for its own words when this
 * refuses something, which is rare, and only then loads it. Large datasets are validated by zod in workers.
 * Like zod's objects, these ignore keys they do not know.
 */
export interface ShapeIssue {
  path: (string | number)[];
  message: string;
}

/** A check returns the first problem it finds, or null; paths are built only for a problem. */
type Check = (v: unknown) => ShapeIssue | null;

const fail = (message: string, path: (string | number)[] = []): ShapeIssue => ({ path, message });
const at = (key: string | number, issue: ShapeIssue | null) => (issue ? { path: [key, ...issue.path], message: issue.message } : null);

const str =
  (opts: { min?: number; re?: RegExp; refine?: (s: string) => boolean } = {}): Check =>
  (v) => {
    if (typeof v !== 'string') return fail('expected a string');
    if (opts.min !== undefined && v.length < opts.min) return fail(`expected at least ${opts.min} characters`);
    if (opts.re && !opts.re.test(v)) return fail(`expected the pattern ${opts.re.source}`);
    if (opts.refine && !opts.refine(v)) return fail('invalid value');
    return null;
  };
const count: Check = (v) => (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? null : fail('expected a whole number, 0 or more'));
const bool: Check = (v) => (typeof v === 'boolean' ? null : fail('expected true or false'));
const oneOf =
  (values: readonly unknown[]): Check =>
  (v) => (values.includes(v) ? null : fail(`expected one of ${values.join(', ')}`));
const nullable =
  (check: Check): Check =>
  (v) => (v === null ? null : check(v));
const optional =
  (check: Check): Check =>
  (v) => (v === undefined ? null : check(v));
const array =
  (check: Check, min = 0): Check =>
  (v) => {
    if (!Array.isArray(v)) return fail('expected an array');
    if (v.length < min) return fail(`expected at least ${min} item${min === 1 ? '' : 's'}`);
    for (let i = 0; i < v.length; i++) {
      const issue = check(v[i]);
      if (issue) return at(i, issue);
    }
    return null;
  };
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const object =
  (shape: Record<string, Check>, refine?: (o: Record<string, unknown>) => ShapeIssue | null): Check =>
  (v) => {
    if (!isRecord(v)) return fail('expected an object');
    for (const key in shape) {
      const issue = (shape[key] as Check)(v[key]);
      if (issue) return at(key, issue);
    }
    return refine ? refine(v) : null;
  };

/**
 * A URL that the URL parser accepts for certain, known without running it: http(s), a host of plain ASCII labels
 * whose last starts with a letter (so not an IPv4 address) and none an IDNA "xn--" one, no port, and a path, query
 * or fragment of visible ASCII (which the parser percent-encodes where it must, never refuses). Checking a
 * thousand articles' URLs with the parser cost some 6 ms of a cold first load; nearly every real URL is of this form.
 */
const PLAIN_HTTP_URL = /^https?:\/\/(?!xn--)[a-z0-9-]+(?:\.(?!xn--)[a-z0-9-]+)*\.[a-z][a-z0-9-]*(?:[/?#][\x21-\x7e]*)?$/i;

/** zod's z.url({ protocol: /^https?$/ }): trimmed, written with http:// or https://, and parsed by URL. */
export const isHttpUrl = (s: string) => {
  const trimmed = s.trim();
  if (PLAIN_HTTP_URL.test(trimmed)) return true;
  if (!/^https?:\/\//i.test(trimmed)) return false;
  try {
    return new URL(trimmed).protocol.length > 0;
  } catch {
    return false;
  }
};

// The enumerations that dataset.ts writes inline; the test holds them equal to the zod schema's.
export const PUBLISHED_BASES = ['front-matter', 'dateline', 'inferred'] as const;
export const PERSON_ORIGINS = ['gazetteer', 'ner'] as const;
export const PRECISIONS = ['day', 'week', 'month', 'approximate', 'unknown'] as const;
export const DATE_BASES = ['explicit', 'weekday-relative', 'relative-phrase', 'inherited', 'publication'] as const;
export const NOTE_KINDS = ['correction', 'context', 'contradiction'] as const;
export const EVENT_STATUSES = ['occurred', 'planned'] as const;

const isoDate = str({ re: /^\d{4}-\d{2}-\d{2}$/, refine: isCalendarDay });
const id = str({ re: /^[a-z0-9][a-z0-9-]*$/ });
const countryCode = str({ re: /^[A-Z]{2}$/ });
const month = str({ re: /^\d{4}-(0[1-9]|1[0-2])$/ });
const text = str();
const nonEmpty = str({ min: 1 });

const role = object({ title: text, country: nullable(countryCode), from: nullable(isoDate), to: nullable(isoDate) });
const person = object({ id, name: nonEmpty, aliases: array(text), country: nullable(countryCode), roles: array(role), origin: oneOf(PERSON_ORIGINS) });
const spanShape = { article: id, start: count, end: count, excerpt: nonEmpty };
const span = object(spanShape);
const note = object({ id, kind: oneOf(NOTE_KINDS), text: nonEmpty, author: nonEmpty, about: nullable(span) });
const article = object({
  id,
  title: text,
  url: nullable(str({ refine: isHttpUrl })),
  publisher: nullable(text),
  published: isoDate,
  publishedBasis: oneOf(PUBLISHED_BASES),
  provenanceNote: nullable(text),
  file: text,
  bodyLength: count,
  notes: array(note),
});
const eventDate = object(
  { start: isoDate, end: isoDate, precision: oneOf(PRECISIONS), basis: oneOf(DATE_BASES), evidence: nullable(span) },
  (d) => ((d.start as string) <= (d.end as string) ? null : fail('date start is after its end')),
);
const source = object({ ...spanShape, speaker: nullable(id), isQuote: bool });
const event = object({
  id,
  conflict: oneOf(CONFLICT_IDS),
  type: oneOf(EVENT_TYPE_IDS),
  cameo: str({ re: /^\d{2,4}$/ }),
  channel: oneOf(CHANNELS),
  date: eventDate,
  status: oneOf(EVENT_STATUSES),
  title: nonEmpty,
  summary: optional(nonEmpty),
  actors: array(id),
  countries: array(countryCode),
  sources: array(source, 1),
  corroboration: count,
  notes: array(note),
});
const shardRef = object({ file: str({ re: SHARD_FILE }), conflict: oneOf(CONFLICT_IDS), month, until: optional(month), events: count });

/** Same as datasetIndexSchema. */
export const checkIndexShape = object({ schemaVersion: oneOf([1]), articles: array(article), people: array(person), shards: array(shardRef) });

/** Same as shardSchema, its span of months included. */
export const checkShardShape = object({ conflict: oneOf(CONFLICT_IDS), month, until: optional(month), events: array(event) }, (s) => {
  const from = s.month as string;
  const until = (s.until as string | undefined) ?? from;
  if (until < from) return fail(`the shard ends (${until}) before it begins (${from})`, ['until']);
  const events = s.events as { id: string; conflict: string; date: { start: string } }[];
  for (let i = 0; i < events.length; i++) {
    const ev = events[i] as (typeof events)[number];
    const m = ev.date.start.slice(0, 7);
    if (ev.conflict !== s.conflict || m < from || m > until) return fail(`event "${ev.id}" does not belong in this shard`, ['events', i]);
  }
  return null;
});
