import { readFileSync } from 'node:fs';
import { readArticle } from '../ingest/read-article';
import { segmentSentences } from '../sentences/segment-sentences';
import type { IngestedArticle, Sentence } from '../types';

/** Test support: a real article of the corpus, read and segmented by the real stages. */
export function readSeed(file: string): IngestedArticle & { sentences: Sentence[] } {
  const a = readArticle(file, readFileSync(`data/articles/${file}`, 'utf8'));
  return { ...a, sentences: segmentSentences(a.body, a.boilerplate) };
}

/** Test support: an unseen article given as text, read and segmented like a corpus file. */
export function readText(published: string, body: string): IngestedArticle & { sentences: Sentence[] } {
  const a = readArticle('unseen.txt', `---\ntitle: unseen\npublished: ${published}\n---\n${body}`);
  return { ...a, sentences: segmentSentences(a.body, a.boilerplate) };
}
