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
  const articles: IngestedArticle[] = [];
  const byId = new Map<string, string>();
  const files = readdirSync(dir).filter((f) => /\.(md|txt)$/i.test(f)).sort();
  for (const file of files) {
    try {
      const article = readArticle(file, decodeArticleBytes(file, readFileSync(join(dir, file))), options);
      const first = byId.get(article.meta.id);
      if (first !== undefined) throw new InputError(file, null, `duplicate article id "${article.meta.id}": ${first} already has it; rename one of the files`);
      byId.set(article.meta.id, file);
      articles.push(article);
    } catch (e) {
      problems.push(problemOf(file, e));
    }
  }
  return { articles, problems };
}
