import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { InputError } from '../ingest/input-error';
import { chromeRule } from './chrome-paragraphs';
import { htmlToParagraphs, normaliseText } from './html-to-paragraphs';
import { parsePage } from './page-dom';
import { readPageMeta, type PageMeta } from './read-page-meta';
import { removePageChrome } from './remove-page-chrome';

/** Below this many words the page held a teaser, a paywall or a consent form, not an article. */
export const MIN_ARTICLE_WORDS = 80;
/** Above this share of its text in links, what Readability found is a list of stories, not one story. */
const MAX_LINK_SHARE = 0.5;

export interface ExtractedPage {
  meta: PageMeta;
  /** The page title as Readability reads it (the <title> without the site name). */
  documentTitle: string | null;
  byline: string | null;
  /** The article's paragraphs, as plain text, in page order. */
  paragraphs: string[];
}

export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)?.length ?? 0;
}

function linkShare(root: Element): number {
  const all = normaliseText(root.textContent).length;
  const links = [...root.querySelectorAll('a')].reduce((n, a) => n + normaliseText(a.textContent).length, 0);
  return all === 0 ? 0 : links / all;
}

/** Finds the article in a page: its metadata as written, and its text without the page's furniture. */
export function extractArticle(source: string, html: string, pageUrl: string | null): ExtractedPage {
  const doc = parsePage(html);
  const meta = readPageMeta(doc, pageUrl);
  const saysArticle = meta.jsonLd !== null || meta.og.type === 'article';
  const readerable = isProbablyReaderable(doc);
  removePageChrome(doc);
  const found = new Readability<Element>(doc, { serializer: (n) => n as Element }).parse();
  const root = found?.content ?? null;
  if (!found || !root) throw new InputError(source, null, 'no article found in the page');
  const paragraphs = htmlToParagraphs(root).filter((p) => chromeRule(p) === null);
  const words = countWords(paragraphs.join(' '));
  if (words < MIN_ARTICLE_WORDS)
    throw new InputError(source, null, `only ${words} words of article text (fewer than ${MIN_ARTICLE_WORDS}): a paywall, consent page or teaser, not the article; nothing written`);
  if (!saysArticle && (!readerable || linkShare(root) > MAX_LINK_SHARE))
    throw new InputError(source, null, 'no article: the page has no article metadata and no run of long paragraphs (an index, section or home page?); nothing written');
  const byline = normaliseText(found.byline ?? '') || null;
  return { meta, documentTitle: normaliseText(found.title ?? '') || null, byline: byline ?? (meta.jsonLd?.authors.join(', ') || null), paragraphs };
}
