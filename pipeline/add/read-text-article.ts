import { isoDate } from '../../src/shared/schema';
import { decodeArticleBytes } from '../ingest/decode-article-bytes';
import { findDateline } from '../ingest/find-dateline';
import { InputError } from '../ingest/input-error';
import { parseFrontMatter } from '../ingest/parse-front-matter';
import { readArticle } from '../ingest/read-article';
import type { ArticleDraft } from './article-draft';
import { cleanUrl } from './canonical-url';
import { countWords, MIN_ARTICLE_WORDS } from './extract-article';
import { dateInUrl } from './publication-day';

const KNOWN = ['title', 'url', 'publisher', 'published', 'published_basis', 'provenance', 'retrieved'];

/** A first line that reads as a headline: short, and not a sentence. */
const HEADLINE = /^[^\n]{8,200}$/;

/**
 * Reads a .txt or .md article: its front matter as the project writes it, its body untouched. What the front
 * matter leaves out is looked for in the text (a dateline) and the address (a dated path), and noted.
 */
export function readTextArticle(source: string, bytes: Uint8Array, today: string): ArticleDraft {
  const raw = decodeArticleBytes(source, bytes).replace(/^\uFEFF/, '');
  const { data, body } = parseFrontMatter(source, raw);
  if (data.published !== undefined && data.published !== null) readArticle(source, raw, { today });
  const text = (key: string) => (typeof data[key] === 'string' && data[key].trim() !== '' ? data[key].trim() : null);
  const words = countWords(body);
  if (words < MIN_ARTICLE_WORDS) throw new InputError(source, null, `only ${words} words of text (fewer than ${MIN_ARTICLE_WORDS}): a teaser or a stub, not an article; nothing written`);
  const provenance: string[] = [];
  const given = (key: string) => (text(key) === null ? `${key}: not found` : `${key}: the front matter of the file`);

  let title = text('title');
  const firstLine = body.split(/\r?\n/, 1)[0]?.trim() ?? '';
  if (title === null && HEADLINE.test(firstLine) && !/[.!?:;,"”]$/.test(firstLine)) {
    title = firstLine;
    provenance.push('title: the first line of the text');
  } else provenance.push(given('title'));
  const urlText = text('url');
  const url = urlText === null ? null : cleanUrl(urlText);
  provenance.push(given('url'), given('publisher'));

  let published = text('published');
  let basis = text('published_basis') as ArticleDraft['publishedBasis'];
  if (published !== null) provenance.push('published: the front matter of the file');
  else {
    const dateline = findDateline(body, url);
    const fromUrl = url === null ? null : dateInUrl(url);
    if (dateline?.published) [published, basis] = [dateline.published, 'dateline'];
    else if (fromUrl) [published, basis] = [fromUrl, 'inferred'];
    provenance.push(published === null ? 'published: not found' : dateline?.published ? `published: the dateline "${dateline.text}"` : 'published: the date in the address');
  }
  if (published !== null && !isoDate.safeParse(published).success) throw new InputError(source, null, `publication date "${published}" is not a real YYYY-MM-DD date`);
  const earlier = text('provenance');
  const extra = Object.fromEntries(Object.entries(data).filter(([k]) => !KNOWN.includes(k)));
  return {
    source,
    title,
    url,
    addresses: url === null ? [] : [url],
    publisher: text('publisher'),
    published,
    publishedBasis: published === null ? null : basis ?? 'front-matter',
    provenance: earlier === null ? provenance : [`Earlier provenance: ${earlier}`, ...provenance],
    extra,
    body,
  };
}
