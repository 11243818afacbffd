import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IngestedArticle, InputProblem } from '../types';
import { decodeArticleBytes } from './decode-article-bytes';
import { InputError } from './input-error';
import { readArticle, type ReadOptions } from './read-article';

export interface Corpus {
  articles: IngestedArticle[];
  /** One entry per file that could not be used, naming the file, the line when known, and why. */
  problems: InputProblem[];
}

function problemOf(file: string, e: unknown): InputProblem {
  if (e instanceof InputError) return { file: e.file, line: e.line, message: e.reason };
  // A bug or an unreadable file must not stop the others either; say what it was.
  return { file, line: null, message: `could not be read: ${e instanceof Error ? e.message : String(e)}` };
}

/** Stage entry point: reads every .md/.txt article in a folder; a broken file is reported, the rest go on. */
export function readCorpus(dir: string, options: ReadOptions = {}): Corpus {
  const problems: InputProblem[] = [];
  const read: IngestedArticle[] = [];
  const files = readdirSync(dir).filter((f) => /\.(md|txt)$/i.test(f)).sort();
  for (const file of files) {
    try {
      read.push(readArticle(file, decodeArticleBytes(file, readFileSync(join(dir, file))), options));
    } catch (e) {
      problems.push(problemOf(file, e));
    }
  }
  // Two files with one id would make every citation of that id ambiguous: neither is used until one is renamed.
  const filesById = new Map<string, IngestedArticle[]>();
  for (const a of read) filesById.set(a.meta.id, [...(filesById.get(a.meta.id) ?? []), a]);
  const articles = read.filter((a) => {
    const same = filesById.get(a.meta.id) ?? [];
    if (same.length === 1) return true;
    const others = same.filter((o) => o !== a).map((o) => o.meta.file).join(', ');
    problems.push({ file: a.meta.file, line: null, message: `duplicate article id "${a.meta.id}", also the id of ${others}; rename one of the files` });
    return false;
  });
  problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { articles, problems };
}
