import type { Dataset } from '../../../shared/schema';

export interface DatasetFacts {
  articles: number;
  /** Distinct publishers named by the articles, and the articles that name none. */
  publishers: number;
  unknownPublisher: number;
  /** First and last publication day, and the days the events span (from the earliest start to the latest end). */
  published: { first: string; last: string } | null;
  events: number;
  eventSpan: { first: string; last: string } | null;
}

function span(days: string[]): { first: string; last: string } | null {
  if (!days.length) return null;
  const sorted = [...days].sort();
  return { first: sorted[0] ?? '', last: sorted[sorted.length - 1] ?? '' };
}

/** What "About this data" says of the dataset: counted from the data the page loaded, never stated by hand. */
export function describeDataset(ds: Pick<Dataset, 'articles' | 'events'>): DatasetFacts {
  const publishers = new Set(ds.articles.flatMap((a) => (a.publisher ? [a.publisher.trim().toLowerCase()] : [])));
  return {
    articles: ds.articles.length,
    publishers: publishers.size,
    unknownPublisher: ds.articles.filter((a) => !a.publisher).length,
    published: span(ds.articles.map((a) => a.published)),
    events: ds.events.length,
    eventSpan: span(ds.events.flatMap((e) => [e.date.start, e.date.end])),
  };
}

/** "3 articles from 2 publishers (1 with no publisher named)". */
export function describeSources(f: DatasetFacts): string {
  const articles = `${f.articles} article${f.articles === 1 ? '' : 's'}`;
  const publishers = `${f.publishers} publisher${f.publishers === 1 ? '' : 's'}`;
  if (!f.articles) return 'No articles';
  if (f.unknownPublisher === f.articles) return `${articles}, none naming its publisher`;
  const unknown = f.unknownPublisher ? ` (${f.unknownPublisher} with no publisher named)` : '';
  return `${articles} from ${publishers}${unknown}`;
}
