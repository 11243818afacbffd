import { articleSchema, isoDate, publishedBasisSchema, type Article } from '../../src/shared/schema';
import type { IngestedArticle } from '../types';
import { findBoilerplate } from './find-boilerplate';
import { findDateline } from './find-dateline';
import { InputError } from './input-error';
import { parseFrontMatter } from './parse-front-matter';

export interface ReadOptions {
  /** The run's "today" (YYYY-MM-DD): a publication date after it is refused. Defaults to the clock. */
  today?: string;
}

/** Article id from its file name: "000_33d9e51da9844c80.txt" -> "000-33d9e51da9844c80". */
export function articleIdFromFile(file: string): string {
  const stem = file.replace(/^.*[\\/]/, '').replace(/\.(md|txt)$/i, '');
  return stem.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

/** 1-based line of the front matter on which a key is set, for error messages. */
function keyLine(raw: string, key: string): number {
  const lines = raw.split(/\r\n|\n|\r/);
  const i = lines.findIndex((l, n) => n > 0 && l.startsWith(`${key}:`));
  return i === -1 ? 1 : i + 1;
}

function lineInBody(body: string, offset: number, bodyLine: number): number {
  return bodyLine + (body.slice(0, offset).match(/\r\n|\n|\r/g)?.length ?? 0);
}

/** Earliest publication date taken seriously: before it a date is a typo, not a news article. */
const EARLIEST = '1900-01-01';

/** Parses one article file. Throws InputError naming the file and line when it cannot. */
export function readArticle(file: string, raw: string, options: ReadOptions = {}): IngestedArticle {
  const { data, body, bodyLine } = parseFrontMatter(file, raw.replace(/^\uFEFF/, ''));
  const text = (key: string): string | null => {
    const v = data[key];
    if (v === undefined || v === null) return null;
    if (typeof v === 'number' || typeof v === 'boolean') return String(v);
    if (typeof v !== 'string') throw new InputError(file, keyLine(raw, key), `front matter "${key}" must be text`);
    return v.trim() === '' ? null : v;
  };
  if (!/\p{L}{2}/u.test(body)) throw new InputError(file, bodyLine, 'no recognisable text: the body has no words');

  const url = text('url');
  let published = text('published');
  let publishedLine = keyLine(raw, 'published');
  const basis = text('published_basis');
  let publishedBasis: Article['publishedBasis'] = 'front-matter';
  if (basis !== null) {
    const b = publishedBasisSchema.safeParse(basis);
    if (!b.success) throw new InputError(file, keyLine(raw, 'published_basis'), `front matter "published_basis" must be one of ${publishedBasisSchema.options.join(', ')}, not "${basis}"`);
    publishedBasis = b.data;
  }
  if (published === null) {
    const dl = findDateline(body, url);
    if (!dl) throw new InputError(file, bodyLine, 'no publication date: add "published: YYYY-MM-DD" to the front matter, or a dateline such as "date 2025-05-09"');
    publishedLine = lineInBody(body, dl.start, bodyLine);
    if (dl.published === null) throw new InputError(file, publishedLine, `the dateline "${dl.text}" has no year and none was found in the URL or at the top of the text`);
    published = dl.published;
    publishedBasis = 'dateline';
  }
  if (!isoDate.safeParse(published).success) throw new InputError(file, publishedLine, `publication date "${published}" is not a real YYYY-MM-DD date`);
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  if (published > today) throw new InputError(file, publishedLine, `publication date ${published} is in the future (today is ${today})`);
  if (published < EARLIEST) throw new InputError(file, publishedLine, `publication date ${published} is before ${EARLIEST}: not a plausible news date`);
  // "retrieved" (written by npm run add) is the day the text was taken from the page: a real day, not before publication.
  const retrieved = text('retrieved');
  if (retrieved !== null && !isoDate.safeParse(retrieved).success) throw new InputError(file, keyLine(raw, 'retrieved'), `front matter "retrieved" must be a date as YYYY-MM-DD, not "${retrieved}"`);
  if (retrieved !== null && retrieved < published) throw new InputError(file, keyLine(raw, 'retrieved'), `retrieved ${retrieved} is before the publication date ${published}`);

  const meta = {
    id: articleIdFromFile(file),
    title: text('title') ?? '',
    url,
    publisher: text('publisher'),
    published,
    publishedBasis,
    provenanceNote: text('provenance'),
    file,
    bodyLength: body.length,
    notes: [],
  };
  const checked = articleSchema.safeParse(meta);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const key = String(issue?.path[0] ?? '');
    if (key === 'id') throw new InputError(file, null, `the file name gives no usable article id (${issue?.message ?? 'invalid'})`);
    throw new InputError(file, keyLine(raw, key), `front matter "${key}": ${issue?.message ?? 'invalid'}`);
  }
  return { meta: checked.data, body, boilerplate: findBoilerplate(body) };
}
