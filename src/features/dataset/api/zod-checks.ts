import { datasetIndexSchema, shardSchema } from '../../../shared/schema/dataset-shards';
import { describeSchemaFailure } from '../../../shared/lib/load-json';
import type { ShapeChecks } from './validate-request';

/** The dataset's zod schemas, with their own words for what is wrong: used by the workers, and by the page to explain a refusal. */
export const zodChecks: ShapeChecks = {
  index(json) {
    const parsed = datasetIndexSchema.safeParse(json);
    return parsed.success ? null : describeSchemaFailure(parsed.error);
  },
  shard(json) {
    const parsed = shardSchema.safeParse(json);
    return parsed.success ? null : describeSchemaFailure(parsed.error);
  },
};
