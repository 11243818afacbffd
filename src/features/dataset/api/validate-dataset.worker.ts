/// <reference lib="webworker" />
import { createPlainValidator } from './plain-validator';
import type { ValidationRequest } from './validate-request';

const validate = createPlainValidator();
/** Replies go back in the order the requests came (the pool matches them that way), even when one waits for zod. */
let replies: Promise<void> = Promise.resolve();

/**
 * Validates the index and shards off the main thread, one request at a time, in the order they come. Split into
 * shards over a pool of these workers, the checks run on every core while the page parses its own copies of the
 * same bytes.
 */
self.onmessage = (e: MessageEvent<ValidationRequest>) => {
  replies = replies.then(async () => {
    self.postMessage(await validate(e.data));
  });
};
