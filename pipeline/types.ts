import type { Article, EventDate, Person, Span, TimelineEvent } from '../src/shared/schema';

/** A half-open range [start, end) of UTF-16 offsets into an article body. */
export interface Range {
  start: number;
  end: number;
}

/** An article read from disk: its metadata and its body exactly as published. */
export interface IngestedArticle {
  meta: Article;
  body: string;
  /** Boilerplate (photo credits, "Exit mobile version", ...) to skip; the body itself is never altered. */
  boilerplate: Range[];
}

export interface Sentence extends Range {
  text: string;
  /** Index of the paragraph (blank-line or line-break separated block) it belongs to. */
  paragraph: number;
}

export interface PersonMention extends Range {
  text: string;
  personId: string;
  via: 'gazetteer' | 'fuzzy' | 'coreference' | 'ner';
  /** Others the same words name: "the Foreign Ministers of India and Pakistan" is two people in one phrase. */
  also?: string[];
  /**
   * The offices the words name, when they name an office rather than a person ("the Russian leader", "Pakistan's army
   * chief"): one per person named, resolved on the publication day. An event told of another day takes that day's
   * holder instead (pipeline/people/offices-on-event-day.ts).
   */
  offices?: OfficeReference[];
}

/** An office a mention names, and whom it was resolved to on the publication day. */
export interface OfficeReference {
  personId: string;
  /** Office key (src/shared/lib/offices.ts OFFICES). */
  key: string;
  /** The state whose office it is, or null for an office only one person holds ("the UN chief"). */
  country: string | null;
}

export interface DateMention extends Range {
  text: string;
  date: Omit<EventDate, 'evidence'>;
}

export interface Quote extends Range {
  /** Person id of the speaker, or null when no speaker could be attributed. */
  speaker: string | null;
}

/** Everything the stages found in one article, the input of event extraction. */
export interface ArticleAnalysis {
  article: IngestedArticle;
  sentences: Sentence[];
  mentions: PersonMention[];
  dates: DateMention[];
  quotes: Quote[];
}

/** A problem with one input file; the run goes on with the others. */
export interface InputProblem {
  file: string;
  line: number | null;
  message: string;
}

export interface PipelineResult {
  articles: IngestedArticle[];
  people: Person[];
  events: TimelineEvent[];
  problems: InputProblem[];
  /** Quotations no speaker could be found for (for the quality report). */
  unattributedQuotes?: Span[];
  /** Curation entries about articles that are not in this run (reviewed for another corpus), left aside. */
  skippedCuration?: number;
}
