import { stringify } from 'yaml';
import type { Article } from '../../src/shared/schema';

/** An article ready to be written: its front matter fields and its body, before a file name is settled. */
export interface ArticleDraft {
  /** The input as given on the command line. */
  source: string;
  title: string | null;
  url: string | null;
  /** Every address the page gives for itself (JSON-LD, og:url, canonical, where it was read): a duplicate may have any. */
  addresses: string[];
  publisher: string | null;
  published: string | null;
  publishedBasis: Article['publishedBasis'] | null;
  /** One line per fact: where it was found, what disagreed, what was not found. */
  provenance: string[];
  /** Other front matter keys of a .md or .txt input, kept as they were. */
  extra: Record<string, unknown>;
  body: string;
}

/** The article's text as written: headline first, the byline if the text does not carry it, then the paragraphs. */
export function bodyFromParagraphs(title: string | null, byline: string | null, paragraphs: string[]): string {
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
  const rest = title === null ? paragraphs : paragraphs.filter((p, i) => !(i < 3 && same(p, title)));
  const head = title === null ? [] : [title];
  const bylineInText = byline !== null && rest.slice(0, 3).some((p) => p.toLowerCase().includes(byline.toLowerCase()));
  const by = byline === null || bylineInText ? [] : [/^by\b/i.test(byline) ? byline : `By ${byline}`];
  return `${[...head, ...by, ...rest].join('\n\n')}\n`;
}

/** A file-name part: ASCII letters and digits, hyphenated, cut at a word boundary. */
export function slug(text: string, max: number): string {
  const s = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/['’]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (s.length <= max) return s;
  const cut = s.slice(0, max + 1);
  const at = cut.lastIndexOf('-');
  return (at > max / 2 ? cut.slice(0, at) : s.slice(0, max)).replace(/-+$/, '');
}

/** "<published>-<publisher>-<headline>.md"; a part that is unknown is named as such, never guessed. */
export function draftFileName(d: ArticleDraft, fallbackStem: string): string {
  const publisher = slug(d.publisher ?? '', 40) || 'unknown-publisher';
  const headline = slug(d.title ?? '', 60) || slug(fallbackStem, 60) || 'untitled';
  return `${d.published ?? 'undated'}-${publisher}-${headline}.md`;
}

/** The file's text: YAML front matter (read back by pipeline/ingest) and the body. */
export function draftFileText(d: ArticleDraft, retrieved: string): string {
  const provenance = [`Added with "npm run add" from ${d.source}.`, ...d.provenance].join('\n');
  const front = {
    title: d.title,
    url: d.url,
    publisher: d.publisher,
    published: d.published,
    published_basis: d.publishedBasis,
    retrieved,
    provenance,
    ...d.extra,
  };
  return `---\n${stringify(front, { lineWidth: 0 })}---\n${d.body}`;
}
