import { parse as parseYaml } from 'yaml';
import { articleSchema, isoDate, type Article } from '../../src/shared/schema';
import type { IngestedArticle } from '../types';
import { findBoilerplate } from './find-boilerplate';
import { InputError } from './input-error';

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/;
/** A dateline such as "date 2025-05-09" near the start of the body. */
const DATELINE = /^\s*date:?\s+(\d{4}-\d{2}-\d{2})\b/i;

/** Article id from its file name: "000_33d9e51da9844c80.txt" -> "000-33d9e51da9844c80". */
export function articleIdFromFile(file: string): string {
  const stem = file.replace(/^.*[\\/]/, '').replace(/\.(md|txt)$/i, '');
  return stem.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Parses one article file. Throws InputError naming the file and line when it cannot. */
export function readArticle(file: string, raw: string): IngestedArticle {
  const fm = FRONT_MATTER.exec(raw);
  let data: Record<string, unknown> = {};
  let body = raw;
  if (fm) {
    try {
      const parsed: unknown = parseYaml(fm[1] ?? '');
      if (parsed !== null && typeof parsed !== 'object') throw new Error('front matter is not a mapping');
      data = (parsed ?? {}) as Record<string, unknown>;
    } catch (e) {
      const linePos = (e as { linePos?: { line: number }[] }).linePos?.[0]?.line;
      throw new InputError(file, linePos === undefined ? 1 : linePos + 1, `broken front matter: ${(e as Error).message.split('\n')[0]}`);
    }
    body = raw.slice(fm[0].length);
  }
  const bodyLine = fm ? lineOf(raw, fm[0].length) : 1;
  const str = (key: string): string | null => {
    const v = data[key];
    if (v === undefined || v === null) return null;
    if (typeof v !== 'string') throw new InputError(file, 1, `front matter "${key}" must be text`);
    return v;
  };

  let published = data.published instanceof Date ? data.published.toISOString().slice(0, 10) : str('published');
  let publishedBasis: Article['publishedBasis'] = (str('published_basis') as Article['publishedBasis'] | null) ?? 'front-matter';
  if (published === null) {
    const dl = DATELINE.exec(body);
    if (!dl) throw new InputError(file, bodyLine, 'no publication date: add "published: YYYY-MM-DD" to the front matter, or a dateline such as "date 2025-05-09"');
    published = dl[1] ?? '';
    publishedBasis = 'dateline';
  }
  if (!isoDate.safeParse(published).success) throw new InputError(file, 1, `publication date "${published}" is not a real YYYY-MM-DD date`);

  const meta = {
    id: articleIdFromFile(file),
    title: str('title') ?? '',
    url: str('url'),
    publisher: str('publisher'),
    published,
    publishedBasis,
    provenanceNote: str('provenance'),
    file,
    bodyLength: body.length,
    notes: [],
  };
  const checked = articleSchema.safeParse(meta);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new InputError(file, 1, `front matter "${String(issue?.path[0] ?? '')}": ${issue?.message ?? 'invalid'}`);
  }
  return { meta: checked.data, body, boilerplate: findBoilerplate(body) };
}
