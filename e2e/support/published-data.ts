import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { articleTextSchema, datasetSchema, type TimelineEvent } from '../../src/shared/schema';

/** The data the built app serves, read at test time so expectations follow the pipeline's current output. */
export const dataset = datasetSchema.parse(JSON.parse(readFileSync('public/data/events.json', 'utf8')));
export const total = dataset.events.length;

export function articleBody(id: string): string {
  return articleTextSchema.parse(JSON.parse(readFileSync(`public/data/articles/${id}.json`, 'utf8'))).body;
}

/** The result count as the page announces it. */
export function countText(n: number): string {
  return n === total ? `${total} events` : `${n} of ${total} events`;
}

export function countryName(code: string): string {
  return new Intl.DisplayNames(['en'], { type: 'region' }).of(code) ?? code;
}

/** The option with the most events, so a filter test has something to find. */
export function mostCommon(values: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

export const eventsWith = (pred: (e: TimelineEvent) => boolean) => dataset.events.filter(pred);

/** Regex-safe text, for accessible names that start with a label and end with a count. */
export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Fails with a clear message, instead of reading undefined, when the data lacks what a test needs. */
export function must<T>(v: T | undefined | null): T {
  if (v === undefined || v === null) throw new Error('the published dataset lacks a value this test needs');
  return v;
}

/** The page's announced result count ("17 events"), not the per-option counts in the filters. */
export function resultCount(page: Page, text: string) {
  return page.getByRole('status').filter({ hasText: new RegExp(`^${escapeRegExp(text)}$`) });
}

/**
 * The events a search should find, worked out here from the published files: every word of the query is in the
 * event's title or excerpts, or in the text of an article it comes from. `inArticle` are those found only so.
 */
export function searchFor(query: string, among: readonly TimelineEvent[] = dataset.events) {
  const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
  const bodies = new Map(dataset.articles.map((a) => [a.id, articleBody(a.id).toLowerCase()]));
  const own = (e: TimelineEvent) => [e.title, ...e.sources.map((s) => s.excerpt)].join('\n').toLowerCase();
  const found = among.filter((e) => terms.every((t) => own(e).includes(t) || e.sources.some((s) => bodies.get(s.article)?.includes(t))));
  return { found, inArticle: found.filter((e) => !terms.every((t) => own(e).includes(t))) };
}
