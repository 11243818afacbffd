import { checkIndexShape, checkShardShape, type ShapeIssue } from '../../../shared/schema/dataset-shape-check';
import { describeIssues } from '../../../shared/lib/load-json';
import type { ShapeChecks } from './validate-request';

const describe = (issue: ShapeIssue | null) => (issue ? describeIssues([issue]) : null);

/** The schemas restated without zod (see dataset-shape-check.ts): what the page checks a small dataset with. */
export const plainChecks: ShapeChecks = {
  index: (json) => describe(checkIndexShape(json)),
  shard: (json) => describe(checkShardShape(json)),
};
