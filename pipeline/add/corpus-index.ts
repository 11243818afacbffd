import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeArticleBytes } from '../ingest/decode-article-bytes';
import { parseFrontMatter } from '../ingest/parse-front-matter';
import { urlKey } from './canonical-url';

/** A sentence shorter than this is too common ("He declined to comment.") to say two texts are one. */
const MIN_SENTENCE_WORDS = 6;
/** Share of a new article's sentences found in one file that makes it the same text, give or take a line of chrome. */
const SAME_TEXT_SHARE = 0.8;

export interface Duplicate {
  file: string;
  why: string;
}

function sentenceKeys(body: string): string[] {
  return body
    .toLowerCase()
    .replace(/[“”„]/g, '"')
    .replace(/[‘’]/g, "'")
    .split(/(?<=[.!?]["']?)\s+|\r?\n/)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => s.split(' ').length >= MIN_SENTENCE_WORDS);
}

/** The articles already in a folder, by address and by sentence, to refuse adding one twice. */
export class CorpusIndex {
  private readonly urls = new Map<string, string>();
  private readonly sentences = new Map<string, Set<string>>();

  static load(dir: string): CorpusIndex {
    const index = new CorpusIndex();
    for (const file of readdirSync(dir).filter((f) => /\.(md|txt)$/i.test(f))) {
      try {
        const { data, body } = parseFrontMatter(file, decodeArticleBytes(file, readFileSync(join(dir, file))));
        index.add(file, typeof data.url === 'string' ? data.url : null, body);
      } catch {
        // A file the pipeline cannot read is reported by the pipeline; it cannot be compared here.
      }
    }
    return index;
  }

  add(file: string, url: string | null, body: string): void {
    if (url !== null) this.urls.set(urlKey(url), file);
    for (const key of sentenceKeys(body)) this.sentences.set(key, (this.sentences.get(key) ?? new Set()).add(file));
  }

  remove(file: string): void {
    for (const [k, f] of this.urls) if (f === file) this.urls.delete(k);
    for (const files of this.sentences.values()) files.delete(file);
  }

  /** The file that already has this article: the same address, or the same text. */
  find(urls: string[], body: string): Duplicate | null {
    for (const url of urls) {
      const file = this.urls.get(urlKey(url));
      if (file !== undefined) return { file, why: `the same address (${url})` };
    }
    const keys = sentenceKeys(body);
    const hits = new Map<string, number>();
    for (const key of keys) for (const file of this.sentences.get(key) ?? []) hits.set(file, (hits.get(file) ?? 0) + 1);
    for (const [file, n] of hits) {
      if (n / keys.length >= SAME_TEXT_SHARE) return { file, why: `the same text (${n} of ${keys.length} sentences)` };
    }
    return null;
  }
}
