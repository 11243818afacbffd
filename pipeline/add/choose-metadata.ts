import type { Article } from '../../src/shared/schema';
import { findDateline } from '../ingest/find-dateline';
import { cleanUrl, urlKey } from './canonical-url';
import { dateInUrl, pageOffset, publicationDay } from './publication-day';
import type { PageMeta } from './read-page-meta';

type PublishedBasis = Article['publishedBasis'];

/** The metadata written to front matter, and one line per fact on where it came from. */
export interface ChosenMeta {
  title: string | null;
  url: string | null;
  publisher: string | null;
  published: string | null;
  publishedBasis: PublishedBasis | null;
  provenance: string[];
}

interface Candidate {
  /** Where the value was read, as the provenance note names it. */
  source: string;
  value: string | null;
  /** Metadata the publisher states; a disagreement between two of them is noted. */
  stated: boolean;
}

const same = (a: string, b: string) => a.replace(/\s+/g, ' ').trim().toLowerCase() === b.replace(/\s+/g, ' ').trim().toLowerCase();

/** The first candidate with a value wins (the list is in order of trust); stated values that differ are noted. */
function choose(field: string, candidates: Candidate[], equal: (a: string, b: string) => boolean, provenance: string[]): Candidate | null {
  const chosen = candidates.find((c) => c.value !== null) ?? null;
  if (!chosen?.value) {
    provenance.push(`${field}: not found`);
    return null;
  }
  provenance.push(`${field}: ${chosen.source}`);
  for (const c of candidates) {
    if (c === chosen || !c.stated || !chosen.stated || c.value === null || equal(c.value, chosen.value)) continue;
    provenance.push(`${field}: ${c.source} differs ("${c.value}"); ${chosen.source} kept`);
  }
  return chosen;
}

/**
 * Chooses each field from the most trustworthy source that has it: JSON-LD, then OpenGraph, then the
 * canonical link and <time>, then the address and the text. A field no source gives stays null.
 */
export function chooseMetadata(page: PageMeta, documentTitle: string | null, body: string): ChosenMeta {
  const { jsonLd, og } = page;
  const provenance: string[] = [...page.problems];
  const title = choose('title', [
    { source: 'JSON-LD headline', value: jsonLd?.headline ?? null, stated: true },
    { source: 'og:title', value: og.title, stated: true },
    { source: 'the page <title>', value: documentTitle, stated: false },
  ], same, provenance);
  const publisher = choose('publisher', [
    { source: 'JSON-LD publisher.name', value: jsonLd?.publisherName ?? null, stated: true },
    { source: 'og:site_name', value: og.siteName, stated: true },
  ], same, provenance);
  const url = choose('url', [
    { source: `JSON-LD ${jsonLd?.urlField ?? 'url'}`, value: jsonLd?.url ?? null, stated: true },
    { source: 'og:url', value: og.url, stated: true },
    { source: 'the canonical link', value: page.canonical, stated: true },
    { source: 'the address the page was read from', value: page.pageUrl, stated: false },
  ], (a, b) => urlKey(a) === urlKey(b), provenance);

  const offset = pageOffset([...(jsonLd?.timestamps ?? []), og.publishedTime, page.time].filter((t): t is string => t !== null));
  const dayOf = (t: string | null) => (t === null ? null : publicationDay(t, offset));
  const stamps = [
    { source: 'JSON-LD datePublished', raw: jsonLd?.datePublished ?? null },
    { source: 'article:published_time', raw: og.publishedTime },
    { source: 'the article <time datetime>', raw: page.time },
  ].map((s) => ({ ...s, day: dayOf(s.raw) }));
  const urls = [url?.value, page.canonical, page.pageUrl].filter((u): u is string => !!u);
  const fromUrl = urls.map(dateInUrl).find((d) => d !== null) ?? null;
  const dateline = findDateline(body, url?.value ?? null);
  const published = choose('published', [
    ...stamps.map((s) => ({ source: s.raw === null ? s.source : `${s.source} "${s.raw}"${s.day?.note ? ` (${s.day.note})` : ''}`, value: s.day?.day ?? null, stated: true })),
    { source: 'the date in the address', value: fromUrl, stated: false },
    { source: `the dateline "${dateline?.text ?? ''}"`, value: dateline?.published ?? null, stated: false },
  ], (a, b) => a === b, provenance);
  for (const s of stamps) if (s.raw !== null && s.day === null) provenance.push(`published: ${s.source} "${s.raw}" is not a date that could be read; skipped`);
  const basis: PublishedBasis | null = !published ? null : published.stated ? 'front-matter' : published.source.startsWith('the dateline') ? 'dateline' : 'inferred';

  return {
    title: title?.value ?? null,
    url: url?.value ? cleanUrl(url.value) : null,
    publisher: publisher?.value ?? null,
    published: published?.value ?? null,
    publishedBasis: basis,
    provenance,
  };
}
