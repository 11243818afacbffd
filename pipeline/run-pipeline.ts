import type { Dataset, Person } from '../src/shared/schema';
import { readCorpus } from './ingest/read-corpus';
import { enforceDateInvariants } from './dates/date-invariants';
import { resolveDates } from './dates/resolve-dates';
import { extractEvents, type ExtractedEvent } from './events/extract-events';
import { resolvePeople } from './people/resolve-people';
import { findContradictions } from './people/find-contradictions';
import { attributeQuotes } from './quotes/attribute-quotes';
import { loadGazetteer } from './people/gazetteer';
import { segmentSentences } from './sentences/segment-sentences';
import { mergeEvents } from './merge/merge-events';
import { loadCuration } from './curation/load-curation';
import { applyCuration } from './curation/apply-curation';
import { entriesForArticles } from './curation/entries-for-articles';
import type { ArticleAnalysis, IngestedArticle, PipelineResult } from './types';

export interface PipelineOptions {
  articlesDir: string;
  gazetteerDir: string;
  curationDir: string;
  /** The run's "today" (YYYY-MM-DD): a publication date after it is refused. Defaults to the clock. */
  today?: string;
}

export function analyseArticle(article: IngestedArticle, people: Person[]): ArticleAnalysis & { people: Person[] } {
  const { body, boilerplate } = article;
  const published = article.meta.published;
  const sentences = segmentSentences(body, boilerplate);
  const found = resolvePeople(body, sentences, published, people, boilerplate);
  return {
    article,
    sentences,
    mentions: found.mentions,
    people: found.people,
    dates: resolveDates(body, sentences, published),
    quotes: attributeQuotes(body, sentences, found.mentions),
  };
}

/** Every spelling of a person seen across articles ends up in one record. */
function addPeople(byId: Map<string, Person>, people: Person[]): void {
  for (const p of people) {
    const seen = byId.get(p.id);
    if (!seen) byId.set(p.id, { ...p, aliases: [...p.aliases] });
    else if (p.aliases.some((a) => !seen.aliases.includes(a))) seen.aliases = [...new Set([...seen.aliases, ...p.aliases])];
  }
}

/** Runs every stage over a corpus folder. A broken article or curation entry is reported; the others go on. */
export function runPipeline(opts: PipelineOptions): PipelineResult {
  const gazetteer = loadGazetteer(opts.gazetteerDir);
  const { articles, problems } = readCorpus(opts.articlesDir, opts.today ? { today: opts.today } : {});
  const extracted: ExtractedEvent[] = [];
  const people = new Map<string, Person>();
  addPeople(people, gazetteer);
  const unattributedQuotes: NonNullable<PipelineResult['unattributedQuotes']> = [];
  for (const a of articles) {
    const analysis = analyseArticle(a, gazetteer);
    addPeople(people, analysis.people);
    extracted.push(...extractEvents(analysis, people));
    for (const q of analysis.quotes) {
      if (q.speaker === null) unattributedQuotes.push({ article: a.meta.id, start: q.start, end: q.end, excerpt: a.body.slice(q.start, q.end) });
    }
    for (const c of findContradictions(a.body, analysis.sentences, analysis.mentions, a.meta.published, gazetteer)) {
      a.meta.notes.push({ id: `${a.meta.id}-contradiction-${c.start}`, kind: 'contradiction', text: `“${c.excerpt}”: ${c.message}`, author: 'pipeline' });
    }
  }
  const metaById = new Map(articles.map((a) => [a.meta.id, a.meta]));
  const merged = enforceDateInvariants(mergeEvents(extracted, people, metaById), metaById);
  const curation = loadCuration(opts.curationDir);
  const { kept, skipped } = entriesForArticles(curation.entries, new Set(articles.map((a) => a.meta.id)));
  const curated = applyCuration(merged, articles, kept, new Set(people.keys()));
  problems.push(...curation.problems, ...curated.problems);
  const events = curated.events;
  const used = new Set(events.flatMap((e) => [...e.actors, ...e.sources.flatMap((s) => (s.speaker ? [s.speaker] : []))]));
  return { articles, people: [...people.values()].filter((p) => used.has(p.id)), events, problems, unattributedQuotes, skippedCuration: skipped };
}

export function toDataset(r: PipelineResult): Dataset {
  return { schemaVersion: 1, articles: r.articles.map((a) => a.meta), people: r.people, events: r.events };
}
