import { z } from 'zod';
import { CONFLICT_IDS } from './conflicts';
import { CHANNELS, EVENT_TYPE_IDS } from './event-types';
import { isCalendarDay } from './calendar-day';
import { eventReferenceIssues, referencesOf, toReferences } from './event-references';

/** A calendar day, YYYY-MM-DD, that really exists (no 2025-02-30). */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine(isCalendarDay, 'not a real calendar date');

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lowercase letters, digits and hyphens');
const countryCode = z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 country code');
/** Links the app renders must be web links; javascript:, data: and the like are refused. */
export const httpUrl = z.url({ protocol: /^https?$/ });

export const publishedBasisSchema = z.enum(['front-matter', 'dateline', 'inferred']);

export const roleSchema = z.object({
  title: z.string(),
  country: countryCode.nullable(),
  from: isoDate.nullable(),
  to: isoDate.nullable(),
});

export const personSchema = z.object({
  id,
  name: z.string().min(1),
  /** Every spelling seen in the corpus or known to the gazetteer, misspellings included. */
  aliases: z.array(z.string()),
  country: countryCode.nullable(),
  roles: z.array(roleSchema),
  /** gazetteer: a known official; ner: found in text only, country and role unknown. */
  origin: z.enum(['gazetteer', 'ner']),
});

export const precisionSchema = z.enum(['day', 'week', 'month', 'approximate', 'unknown']);
export const dateBasisSchema = z.enum([
  'explicit',
  'weekday-relative',
  'relative-phrase',
  'inherited',
  'publication',
]);

/** A span of an article's body; excerpt === body.slice(start, end) (UTF-16 offsets). */
export const spanSchema = z.object({
  article: id,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  excerpt: z.string().min(1),
});

/**
 * An editorial note (a curator's correction or context) or a pipeline flag (a contradiction with the gazetteer).
 * Where it lives says what it is about:
 * - on an event (`event.notes`): it addresses words inside one of that event's sources (`about`), or the event
 *   as a whole when a curator addressed the event itself (`about` null);
 * - on an article (`article.notes`): it addresses words of the article that no event cites (`about`), or the
 *   article as a whole (`about` null). It is shown once, with the article, never copied onto its events.
 */
export const noteSchema = z.object({
  id,
  kind: z.enum(['correction', 'context', 'contradiction']),
  text: z.string().min(1),
  /** Who wrote it: a curator's handle, or "pipeline" for automatic flags. */
  author: z.string().min(1),
  /** The article's own words the note is about, when it is about particular words. */
  about: spanSchema.nullable(),
});

export const articleSchema = z.object({
  id,
  title: z.string(),
  url: httpUrl.nullable(),
  publisher: z.string().nullable(),
  published: isoDate,
  /** How the publication date is known: given in front matter, read from a dateline, or inferred by a person. */
  publishedBasis: publishedBasisSchema,
  /** Free text on how an inferred or missing fact was established. */
  provenanceNote: z.string().nullable(),
  /** Path of the source file, relative to the corpus folder. */
  file: z.string(),
  /** Length of the body in UTF-16 code units: every offset into it is below this. */
  bodyLength: z.number().int().nonnegative(),
  /** Notes about the article itself or about words of it that no event cites (see noteSchema). */
  notes: z.array(noteSchema),
});

export const eventDateSchema = z
  .object({
    start: isoDate,
    end: isoDate,
    precision: precisionSchema,
    basis: dateBasisSchema,
    /** The words the date was read from ("on Thursday"), when there are any. */
    evidence: spanSchema.nullable(),
  })
  .refine((d) => d.start <= d.end, 'date start is after its end');

export const sourceSchema = spanSchema.extend({
  /** Person id of whoever is quoted, when the excerpt is or contains a quotation. */
  speaker: id.nullable(),
  isQuote: z.boolean(),
});

export const eventSchema = z.object({
  id,
  conflict: z.enum(CONFLICT_IDS),
  type: z.enum(EVENT_TYPE_IDS),
  cameo: z.string().regex(/^\d{2,4}$/),
  channel: z.enum(CHANNELS),
  date: eventDateSchema,
  status: z.enum(['occurred', 'planned']),
  title: z.string().min(1),
  /**
   * What happened, in the sources' own words: the key clause of the best excerpt, verbatim, shortened with an
   * ellipsis ("…") where words were left out; never reworded. The pipeline writes it for every event once events
   * are merged (pipeline/summary); it is optional here only because the extraction stage builds events before that.
   */
  summary: z.string().min(1).optional(),
  actors: z.array(id),
  countries: z.array(countryCode),
  sources: z.array(sourceSchema).min(1, 'an event needs at least one source excerpt'),
  /**
   * Number of distinct known publishers reporting it (reprints of one wire story count once). Articles whose
   * publisher is unknown are not counted: they may all come from one outlet. 0 when no publisher is known.
   */
  corroboration: z.number().int().nonnegative(),
  /** Notes about words in this event's sources, or about the event as a whole (see noteSchema). */
  notes: z.array(noteSchema),
});

export const datasetSchema = z
  .object({
    schemaVersion: z.literal(1),
    articles: z.array(articleSchema),
    people: z.array(personSchema),
    events: z.array(eventSchema),
  })
  .superRefine((ds, ctx) => {
    for (const issue of eventReferenceIssues(ds.events, toReferences(referencesOf(ds))))
      ctx.addIssue({ code: 'custom', path: ['events', ...issue.path], message: issue.message });
  });

/** One article's body, fetched on demand to show an excerpt in its paragraph. */
export const articleTextSchema = z.object({ id, body: z.string() });

export type Note = z.infer<typeof noteSchema>;
export type Article = z.infer<typeof articleSchema>;
export type Role = z.infer<typeof roleSchema>;
export type Person = z.infer<typeof personSchema>;
export type Precision = z.infer<typeof precisionSchema>;
export type DateBasis = z.infer<typeof dateBasisSchema>;
export type Span = z.infer<typeof spanSchema>;
export type EventDate = z.infer<typeof eventDateSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type TimelineEvent = z.infer<typeof eventSchema>;
export type Dataset = z.infer<typeof datasetSchema>;
export type ArticleText = z.infer<typeof articleTextSchema>;
