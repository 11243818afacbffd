import { datasetIndexSchema, shardSchema } from '../../../shared/schema/dataset-shards';
import { eventReferenceIssues, referencesOf, toReferences, type References, type SerialisedReferences } from '../../../shared/schema/event-references';
import { describeIssues, describeSchemaFailure } from '../../../shared/lib/load-json';

export type ValidationRequest =
  | { kind: 'index'; text: string }
  | { kind: 'references'; references: SerialisedReferences }
  | { kind: 'shard'; text: string };
export type ValidationReply = { ok: true; references?: SerialisedReferences } | { ok: false; reason: string };

/**
 * One validator's state and steps: the index first (it names the people and articles that events may point at),
 * or those references handed over from another validator, then any number of shards.
 */
export function createRequestValidator() {
  let references: References | null = null;
  const step = (req: ValidationRequest): ValidationReply => {
    if (req.kind === 'references') {
      references = toReferences(req.references);
      return { ok: true };
    }
    if (req.kind === 'index') {
      const parsed = datasetIndexSchema.safeParse(JSON.parse(req.text));
      if (!parsed.success) return { ok: false, reason: describeSchemaFailure(parsed.error) };
      const found = referencesOf(parsed.data);
      references = toReferences(found);
      return { ok: true, references: found };
    }
    if (!references) return { ok: false, reason: 'a shard came before the index it belongs to' };
    const parsed = shardSchema.safeParse(JSON.parse(req.text));
    if (!parsed.success) return { ok: false, reason: describeSchemaFailure(parsed.error) };
    const issues = eventReferenceIssues(parsed.data.events, references).map((i) => ({ ...i, path: ['events', ...i.path] }));
    return issues.length ? { ok: false, reason: describeIssues(issues) } : { ok: true };
  };
  return (req: ValidationRequest): ValidationReply => {
    try {
      return step(req);
    } catch (err) {
      // The page parses the same text itself and reports a parse error first; this is the last resort.
      return { ok: false, reason: `not valid JSON (${(err as Error).message})` };
    }
  };
}
