import { z } from 'zod';

const ratio = z.object({ hits: z.number().int().nonnegative(), of: z.number().int().nonnegative() });

/**
 * The pipeline's measured accuracy, as "About this data" shows it: the headline figures of `npm run eval` on a
 * keyed corpus, written by `npm run eval -- ... --publish` (pipeline/eval) so that the page never states a figure
 * that no run produced.
 */
export const extractionAccuracySchema = z.object({
  /** The day the evaluation ran, YYYY-MM-DD. */
  measuredOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** The keyed corpus's name (its folder) and size. */
  corpus: z.string().min(1),
  articles: z.number().int().nonnegative(),
  /** Events the key requires, and how many the pipeline found. */
  required: ratio,
  /** Events the key accepts but does not require. */
  optional: ratio,
  /** Output events, and those that answer no key event. */
  outputEvents: z.number().int().nonnegative(),
  spurious: z.number().int().nonnegative(),
  /** Dates right (the range holds the true date), of events right on every other ground. */
  dateRight: ratio,
  /** Excerpts that are exactly the article's words (body.slice(start, end)). */
  verbatim: ratio,
  /**
   * The same figures on a keyed set nobody tuned the pipeline to (`--publish-unseen`): what a reader should expect of
   * articles the pipeline has never seen, which the corpus it was developed on overstates.
   */
  unseen: z
    .object({
      measuredOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
      articles: z.number().int().nonnegative(),
      required: ratio,
      dateRight: ratio,
      outputEvents: z.number().int().nonnegative(),
      spurious: z.number().int().nonnegative(),
    })
    .optional(),
});

export type ExtractionAccuracy = z.infer<typeof extractionAccuracySchema>;
