import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IngestedArticle, InputProblem } from '../types';
import { InputError } from './input-error';
import { readArticle } from './read-article';

export interface Corpus {
  articles: IngestedArticle[];
  /** One entry per file that could not be used, naming the file, the line when known, and why. */
  problems: InputProblem[];
}

/** Stage entry point: reads every .md/.txt article in a folder; a broken file is reported, the rest go on. */
export function readCorpus(dir: string): Corpus {
  const problems: InputProblem[] = [];
  const articles: IngestedArticle[] = [];
  const files = readdirSync(dir).filter((f) => /\.(md|txt)$/i.test(f)).sort();
  for (const file of files) {
    try {
      articles.push(readArticle(file, readFileSync(join(dir, file), 'utf8')));
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      problems.push({ file: e.file, line: e.line, message: e.reason });
    }
  }
  return { articles, problems };
}
