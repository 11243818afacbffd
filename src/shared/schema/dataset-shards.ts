import { z } from 'zod';
import { CONFLICT_IDS } from './conflicts';
import { articleSchema, eventSchema, personSchema } from './dataset';
import { SHARD_FILE, shardMonths } from './split-into-shards';

/**
 * The dataset as the app loads it: a small index (articles, people, the list of shards) plus files of events, each
 * of one conflict and one month or a run of consecutive months (see splitIntoShards). The shards download and are
 * validated in parallel, in workers for a large dataset, while the rest arrive.
 * events.json, the whole dataset in one file, stays the pipeline's output for other tools.
 */
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected a month as YYYY-MM');

export const shardRefSchema = z.object({
  /** Relative to the index: shards/<conflict>-<YYYY-MM>.json. */
  file: z.string().regex(SHARD_FILE, 'a shard file is shards/<name>.json'),
  conflict: z.enum(CONFLICT_IDS),
  /** The first (or only) month whose events the shard holds. */
  month,
  /** The last month it holds, when it holds more than one; absent, it holds `month` alone. */
  until: month.optional(),
  /** How many events the shard holds: a shard that was cut off or swapped is caught by this count. */
  events: z.number().int().nonnegative(),
});

export const datasetIndexSchema = z.object({
  schemaVersion: z.literal(1),
  articles: z.array(articleSchema),
  people: z.array(personSchema),
  shards: z.array(shardRefSchema),
});

export const shardSchema = z
  .object({ conflict: z.enum(CONFLICT_IDS), month, until: month.optional(), events: z.array(eventSchema) })
  .superRefine((shard, ctx) => {
    const until = shard.until ?? shard.month;
    if (until < shard.month) ctx.addIssue({ code: 'custom', path: ['until'], message: `the shard ends (${until}) before it begins (${shard.month})` });
    shard.events.forEach((ev, i) => {
      const m = ev.date.start.slice(0, 7);
      if (ev.conflict !== shard.conflict || m < shard.month || m > until)
        ctx.addIssue({ code: 'custom', path: ['events', i], message: `event "${ev.id}" does not belong in the ${shard.conflict} shard of ${shardMonths(shard)}` });
    });
  });

export type ShardRef = z.infer<typeof shardRefSchema>;
export type DatasetIndex = z.infer<typeof datasetIndexSchema>;
export type Shard = z.infer<typeof shardSchema>;
