import { readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { InputError } from '../ingest/input-error';
import { bodyFromParagraphs, type ArticleDraft } from './article-draft';
import { chooseMetadata } from './choose-metadata';
import { decodePageBytes } from './decode-page-bytes';
import { extractArticle } from './extract-article';
import { DEFAULT_LIMITS, fetchPage, type FetchLimits } from './fetch-page';
import { savedFromUrl } from './read-page-meta';
import { readTextArticle } from './read-text-article';

/** A saved page may carry its images inline (single-file savers), so a file may be larger than a fetched page. */
export const MAX_SAVED_PAGE_BYTES = 20 * 1024 * 1024;

export interface PrepareOptions {
  /** The run's date, YYYY-MM-DD. */
  today: string;
  limits?: FetchLimits;
}

function fromHtml(source: string, html: string, pageUrl: string | null): ArticleDraft {
  const page = extractArticle(source, html, pageUrl);
  const text = page.paragraphs.join('\n\n');
  const chosen = chooseMetadata(page.meta, page.documentTitle, text);
  const { jsonLd, og, canonical } = page.meta;
  const addresses = [chosen.url, jsonLd?.url, og.url, canonical, pageUrl].filter((u): u is string => !!u);
  return { source, ...chosen, addresses: [...new Set(addresses)], extra: {}, body: bodyFromParagraphs(chosen.title, page.byline, page.paragraphs) };
}

function readInputFile(source: string, maxBytes: number): Uint8Array {
  let size: number;
  try {
    const stat = statSync(source);
    if (!stat.isFile()) throw new InputError(source, null, 'not a file');
    size = stat.size;
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(source, null, `cannot be read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  if (size > maxBytes) throw new InputError(source, null, `file is ${(size / 1048576).toFixed(1)} MB, more than the ${maxBytes / 1048576} MB a page can be`);
  return readFileSync(source);
}

/** One input (an address, a saved page, a text article) to a draft article, or an InputError saying why not. */
export async function prepareArticle(source: string, opts: PrepareOptions): Promise<ArticleDraft> {
  if (/^[a-z][a-z0-9+.-]+:\/\//i.test(source)) {
    const page = await fetchPage(source, opts.limits ?? DEFAULT_LIMITS);
    return fromHtml(source, decodePageBytes(source, page.bytes, page.charset), page.url);
  }
  const ext = extname(source).toLowerCase();
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml') {
    const html = decodePageBytes(source, readInputFile(source, MAX_SAVED_PAGE_BYTES));
    return fromHtml(source, html, savedFromUrl(html));
  }
  if (ext === '.txt' || ext === '.md') return readTextArticle(source, readInputFile(source, MAX_SAVED_PAGE_BYTES), opts.today);
  throw new InputError(source, null, `${basename(source)} is neither an http(s) address nor a .html, .htm, .xhtml, .txt or .md file`);
}
