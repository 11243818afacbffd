import { eventReferenceIssues, referencesOf, toReferences, type References, type SerialisedReferences } from '../../../shared/schema/event-references';
import { describeIssues } from '../../../shared/lib/load-json';

/**
 * A file to check, as text. On the page's own thread (a small dataset) the page has parsed that text already and
 * hands its parse along as `json`, which is checked instead of a second parse of the same text; a worker is sent
 * the text only.
 */
export type ValidationRequest =
  | { kind: 'index'; text: string; json?: unknown }
  | { kind: 'references'; references: SerialisedReferences }
  | { kind: 'shard'; text: string; json?: unknown };

export type ValidationReply = { ok: true; references?: SerialisedReferences } | { ok: false; reason: string };

/** How a file's shape is checked: zod's schemas (zod-checks.ts) or their plain restatement (plain-checks.ts). */
export interface ShapeChecks {
  /** null when the parsed JSON is a valid index (or shard), else why not. */
  index(json: unknown): string | null;
  shard(json: unknown): string | null;
}

interface Checked {
  people: { id: string }[];
  articles: { id: string; bodyLength: number }[];
}

/**
 * One validator's state and steps: the index first (it names the people and articles that events may point at),
 * or those references handed over from another validator, then any number of shards.
 */
export function createRequestValidator(checks: ShapeChecks) {
  let references: References | null = null;
  const step = (req: ValidationRequest): ValidationReply => {
    if (req.kind === 'references') {
      references = toReferences(req.references);
      return { ok: true };
    }
    const json: unknown = req.json === undefined ? JSON.parse(req.text) : req.json;
    if (req.kind === 'index') {
      const wrong = checks.index(json);
      if (wrong) return { ok: false, reason: wrong };
      const found = referencesOf(json as Checked);
      references = toReferences(found);
      return { ok: true, references: found };
    }
    if (!references) return { ok: false, reason: 'a shard came before the index it belongs to' };
    const wrong = checks.shard(json);
    if (wrong) return { ok: false, reason: wrong };
    const issues = eventReferenceIssues((json as { events: Parameters<typeof eventReferenceIssues>[0] }).events, references).map((i) => ({ ...i, path: ['events', ...i.path] }));
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
