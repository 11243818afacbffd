import { existsSync, rmSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { InputError } from '../ingest/input-error';
import { readArticle } from '../ingest/read-article';
import { draftFileName, draftFileText, type ArticleDraft } from './article-draft';
import { CorpusIndex } from './corpus-index';
import type { FetchLimits } from './fetch-page';
import { prepareArticle } from './prepare-article';
import { writeAtomic } from './write-atomic';

export interface AddOptions {
  articlesDir: string;
  /** Replace an article already in the folder instead of refusing the new one. */
  force: boolean;
  /** Check everything, write nothing: the caller shows what would be added. */
  dryRun: boolean;
  /** The run's date, YYYY-MM-DD: front matter "retrieved", and the limit for publication dates. */
  today: string;
  limits?: FetchLimits;
}

export type AddOutcome =
  | { source: string; ok: true; file: string; text: string; draft: ArticleDraft; replaced: string | null }
  | { source: string; ok: false; error: string };

/** A file name not yet taken, unless it is the one being replaced. */
function freeName(dir: string, name: string, replacing: string | null): string {
  const stem = name.replace(/\.md$/, '');
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? name : `${stem}-${n}.md`;
    if (candidate === replacing || !existsSync(join(dir, candidate))) return candidate;
  }
}

/** The pipeline must read the file back as written: run it through ingest before anything is written. */
function checkReadBack(source: string, file: string, text: string, draft: ArticleDraft, today: string): void {
  try {
    const back = readArticle(file, text, { today });
    if (back.body !== draft.body) throw new InputError(file, null, 'the body read back differs from the body written');
  } catch (e) {
    if (e instanceof InputError) throw new InputError(source, null, `the article would not be readable by the pipeline: ${e.reason}; nothing written`);
    throw e;
  }
}

async function addOne(source: string, opts: AddOptions, index: CorpusIndex): Promise<AddOutcome> {
  const draft = await prepareArticle(source, opts);
  if (draft.published === null)
    throw new InputError(source, null, 'no publication date: none in JSON-LD, OpenGraph, a <time> element, the address or a dateline; save the text as .md with "published: YYYY-MM-DD" in its front matter and add that file');
  const duplicate = index.find(draft.addresses, draft.body);
  if (duplicate && !opts.force) throw new InputError(source, null, `already in the corpus as ${duplicate.file} (${duplicate.why}); --force replaces it`);
  const replaced = duplicate?.file ?? null;
  const stem = basename(source, extname(source));
  const file = freeName(opts.articlesDir, draftFileName(draft, stem), replaced);
  const text = draftFileText(draft, opts.today);
  checkReadBack(source, file, text, draft, opts.today);
  if (!opts.dryRun) {
    writeAtomic(join(opts.articlesDir, file), text);
    if (replaced !== null && replaced !== file) rmSync(join(opts.articlesDir, replaced));
  }
  if (replaced !== null) index.remove(replaced);
  index.add(file, draft.url, draft.body);
  return { source, ok: true, file, text, draft, replaced };
}

/** Adds each input in turn; one that fails is reported and the others go on. */
export async function addArticles(sources: string[], opts: AddOptions, onOutcome: (o: AddOutcome) => void | Promise<void> = () => undefined): Promise<AddOutcome[]> {
  if (!existsSync(opts.articlesDir)) {
    const error = `${opts.articlesDir}: no such folder for articles (--articles names it)`;
    return sources.map((source) => ({ source, ok: false, error }));
  }
  const index = CorpusIndex.load(opts.articlesDir);
  const outcomes: AddOutcome[] = [];
  for (const source of sources) {
    let outcome: AddOutcome;
    try {
      outcome = await addOne(source, opts, index);
    } catch (e) {
      const error = e instanceof InputError ? e.message : `${source}: unexpected failure: ${e instanceof Error ? e.message : String(e)}`;
      outcome = { source, ok: false, error };
    }
    outcomes.push(outcome);
    await onOutcome(outcome);
  }
  return outcomes;
}
