import { z } from 'zod';
import { EVENT_TYPE_IDS, isoDate, noteSchema, precisionSchema } from '../../src/shared/schema';

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lowercase letters, digits and hyphens');

/** One reviewed correction or note. Addressed by event id, or by article id (plus words of its body). */
export const curationEntrySchema = z
  .object({
    author: z.string().min(1, 'every entry names its author'),
    event: id.optional(),
    article: id.optional(),
    excerpt: z.string().min(1).optional(),
    /** Narrows an article-addressed entry to events of one type (a sentence can report several). */
    eventType: z.enum(EVENT_TYPE_IDS).optional(),
    note: noteSchema.pick({ kind: true, text: true }).optional(),
    set: z
      .object({
        date: z.object({ start: isoDate, end: isoDate, precision: precisionSchema }).refine((d) => d.start <= d.end, 'date start is after its end').optional(),
        actors: z.array(id).optional(),
        type: z.enum(EVENT_TYPE_IDS).optional(),
        title: z.string().min(1).optional(),
        status: z.enum(['occurred', 'planned']).optional(),
      })
      .strict()
      .optional(),
    suppress: z.literal(true).optional(),
    mergeInto: id.optional(),
    split: z.object({ title: z.string().min(1) }).strict().optional(),
  })
  .strict()
  .superRefine((e, ctx) => {
    if ((e.event === undefined) === (e.article === undefined)) ctx.addIssue({ code: 'custom', message: 'address an entry by "event" or by "article", not both or neither' });
    if (e.excerpt !== undefined && e.article === undefined) ctx.addIssue({ code: 'custom', message: '"excerpt" needs "article"' });
    const actions = [e.set, e.suppress, e.mergeInto, e.split].filter((x) => x !== undefined).length;
    if (actions > 1) ctx.addIssue({ code: 'custom', message: 'one entry does one of set, suppress, mergeInto, split' });
    if (actions === 0 && !e.note) ctx.addIssue({ code: 'custom', message: 'the entry neither changes anything nor adds a note' });
    if (e.split && e.excerpt === undefined) ctx.addIssue({ code: 'custom', message: '"split" needs "article" and "excerpt": the sources to move out' });
  });

export type CurationEntry = z.infer<typeof curationEntrySchema>;

export interface LocatedEntry {
  file: string;
  index: number;
  line: number | null;
  entry: CurationEntry;
}
