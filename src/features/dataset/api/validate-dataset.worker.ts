/// <reference lib="webworker" />
import { datasetSchema } from '../../../shared/schema/dataset';
import { describeSchemaFailure } from '../../../shared/lib/load-json';

export interface ValidationRequest {
  text: string;
}
export type ValidationReply = { ok: true } | { ok: false; reason: string };

/**
 * Validates the dataset off the main thread. zod takes about a second for 50,000 events; here it runs while the
 * page parses its own copy of the same bytes, and the page only renders once this says the data is valid.
 */
self.onmessage = (e: MessageEvent<ValidationRequest>) => {
  let reply: ValidationReply = { ok: true };
  try {
    // The page has already parsed the same text, so a parse error here cannot happen in practice.
    const parsed = datasetSchema.safeParse(JSON.parse(e.data.text));
    if (!parsed.success) reply = { ok: false, reason: describeSchemaFailure(parsed.error) };
  } catch (err) {
    reply = { ok: false, reason: `not valid JSON (${(err as Error).message})` };
  }
  self.postMessage(reply);
};
