/// <reference lib="webworker" />
import { createRequestValidator, type ValidationRequest } from './validate-request';
import { zodChecks } from './zod-checks';

const validate = createRequestValidator(zodChecks);

/**
 * Validates the index and shards off the main thread, one request at a time, in the order they come. zod takes
 * about a second for 50,000 events; split into shards over a pool of these workers it runs on every core while
 * the page parses its own copies of the same bytes.
 */
self.onmessage = (e: MessageEvent<ValidationRequest>) => {
  self.postMessage(validate(e.data));
};
