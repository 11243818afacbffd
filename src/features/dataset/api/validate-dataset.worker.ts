/// <reference lib="webworker" />
import { datasetSchema } from '../../../shared/schema/dataset';

export interface ValidationRequest {
  bytes: ArrayBuffer;
}
export type ValidationReply = { ok: true } | { ok: false; reason: string };

/**
 * Validates the dataset off the main thread. zod takes about a second for 50,000 events; here it runs while the
 * page parses its own copy of the same bytes, and the page only renders once this says the data is valid.
 */
self.onmessage = (e: MessageEvent<ValidationRequest>) => {
  let reply: ValidationReply = { ok: true };
  try {
    const parsed = datasetSchema.safeParse(JSON.parse(new TextDecoder().decode(e.data.bytes)));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.length ? issue.path.join('.') : 'top level';
      reply = { ok: false, reason: `does not match the schema at ${where}: ${issue?.message ?? 'invalid'}` };
    }
  } catch (err) {
    reply = { ok: false, reason: `not valid JSON (${(err as Error).message})` };
  }
  self.postMessage(reply);
};
