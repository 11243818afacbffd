import type { Dataset, Person } from '../src/shared/schema';
import { readCorpus } from './ingest/read-corpus';
import { resolveDates } from './dates/resolve-dates';
import { extractEvents } from './events/extract-events';
import { resolvePeople } from './people/resolve-people';
import { attributeQuotes } from './quotes/attribute-quotes';
import { loadGazetteer } from './people/gazetteer';
import { segmentSentences } from './sentences/segment-sentences';
import type { ArticleAnalysis, IngestedArticle, PipelineResult } from './types';

export interface PipelineOptions {
  articlesDir: string;
  gazetteerDir: string;
  curationDir: string;
}

export function analyseArticle(article: IngestedArticle, people: Person[]): ArticleAnalysis {
  const { body, boilerplate } = article;
  const published = article.meta.published;
  const sentences = segmentSentences(body, boilerplate);
  const { mentions } = resolvePeople(body, sentences, published, people, boilerplate);
  return {
    article,
    sentences,
    mentions,
    dates: resolveDates(body, sentences, published),
    quotes: attributeQuotes(body, sentences, mentions),
  };
}

/** Runs every stage over a corpus folder. A broken article is reported and skipped; the others go on. */
export function runPipeline(opts: PipelineOptions): PipelineResult {
  const people = loadGazetteer(opts.gazetteerDir);
  const byId = new Map(people.map((p) => [p.id, p]));
  const { articles, problems } = readCorpus(opts.articlesDir);
  const events = articles.flatMap((a) => extractEvents(analyseArticle(a, people), byId));
  const used = new Set(events.flatMap((e) => [...e.actors, ...e.sources.flatMap((s) => (s.speaker ? [s.speaker] : []))]));
  return { articles, people: people.filter((p) => used.has(p.id)), events, problems };
}

export function toDataset(r: PipelineResult): Dataset {
  return { schemaVersion: 1, articles: r.articles.map((a) => a.meta), people: r.people, events: r.events };
}
