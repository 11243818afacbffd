import { readJsonLd, type JsonLdArticle } from './read-json-ld';

/** What the page's head and markup say about it, each value as written, before any choice between them. */
export interface PageMeta {
  jsonLd: JsonLdArticle | null;
  og: { title: string | null; siteName: string | null; url: string | null; publishedTime: string | null; type: string | null };
  /** <link rel=canonical>, resolved against <base> and the page's address. */
  canonical: string | null;
  /** The datetime of the <time> element that dates the article. */
  time: string | null;
  /** The page's address: where it was fetched from, or the "saved from" note a browser leaves in a saved page. */
  pageUrl: string | null;
  problems: string[];
}

const meta = (doc: Document, key: string): string | null => {
  const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`);
  const v = el?.getAttribute('content')?.trim();
  return v ? v : null;
};

/** Browsers that save a page write "<!-- saved from url=(0042)https://... -->" near its top. */
export function savedFromUrl(html: string): string | null {
  return /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i.exec(html.slice(0, 4096))?.[1] ?? null;
}

/** Resolves a link found in the page against <base href> (itself against the page's address); http(s) only. */
function resolveLink(href: string | null, base: string | null): string | null {
  if (href === null) return null;
  try {
    const url = new URL(href, base ?? undefined);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function baseOf(doc: Document, pageUrl: string | null): string | null {
  const href = doc.querySelector('base[href]')?.getAttribute('href') ?? null;
  return href === null ? pageUrl : resolveLink(href, pageUrl) ?? pageUrl;
}

/** The <time> that dates the article: one marked as the publication time, else the first in the article, else in the page outside chrome. */
function articleTime(doc: Document): string | null {
  const withDate = (els: Element[]) => els.map((e) => e.getAttribute('datetime') ?? '').find((d) => /^\d{4}-\d{2}-\d{2}/.test(d.trim())) ?? null;
  const all = [...doc.querySelectorAll('time[datetime]')];
  return (
    withDate(all.filter((e) => e.getAttribute('itemprop') === 'datePublished' || e.hasAttribute('pubdate'))) ??
    withDate(all.filter((e) => e.closest('article') !== null)) ??
    withDate(all.filter((e) => e.closest('aside, nav, footer') === null))
  );
}

export function readPageMeta(doc: Document, pageUrl: string | null): PageMeta {
  const base = baseOf(doc, pageUrl);
  const { article, problems } = readJsonLd(doc);
  const canonicalHref = doc.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() ?? null;
  const canonical = resolveLink(canonicalHref, base);
  if (canonicalHref && !canonical) problems.push(`the canonical link "${canonicalHref}" could not be made a web address${base ? '' : ' (the page has no address to resolve it against)'}`);
  return {
    jsonLd: article ? { ...article, url: article.url === null ? null : resolveLink(article.url, base) } : null,
    og: {
      title: meta(doc, 'og:title'),
      siteName: meta(doc, 'og:site_name'),
      url: resolveLink(meta(doc, 'og:url'), base),
      publishedTime: meta(doc, 'article:published_time'),
      type: meta(doc, 'og:type'),
    },
    canonical,
    time: articleTime(doc),
    pageUrl,
    problems,
  };
}
