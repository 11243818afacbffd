import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { CHANNELS, CONFLICT_IDS, EVENT_TYPE_IDS, isoDate } from '../../src/shared/schema';

/** One event a careful reader extracts from one article (see the dev corpus's GUIDE.md). */
export const keyEventSchema = z.object({
  key: z.string().min(1),
  article: z.string().min(1),
  conflict: z.enum(CONFLICT_IDS),
  from: isoDate,
  to: isoDate,
  datePhrase: z.string().nullable().optional(),
  status: z.enum(['occurred', 'planned']),
  types: z.array(z.enum(EVENT_TYPE_IDS)).min(1),
  channel: z.enum(CHANNELS).nullable().optional(),
  actors: z.array(z.string()),
  countries: z.array(z.string()).optional(),
  summary: z.string().optional(),
  support: z.object({ text: z.string(), start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }),
  notes: z.string().optional(),
  optional: z.boolean().default(false),
});

export const answerKeySchema = z.object({
  events: z.array(keyEventSchema),
  people: z.record(z.string(), z.object({ aliases_seen: z.array(z.string()).optional() }).loose()).optional(),
});

export type KeyEvent = z.infer<typeof keyEventSchema>;
export type AnswerKey = z.infer<typeof answerKeySchema>;

/** Reads and validates a key file; a bad one is an error naming the file and the first problem. */
export function readAnswerKey(file: string): AnswerKey {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`${file}: cannot read the key: ${e instanceof Error ? e.message : String(e)}`);
  }
  const parsed = answerKeySchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${file}: ${issue ? `${issue.path.join('.')}: ${issue.message}` : 'not an answer key'}`);
  }
  return parsed.data;
}
