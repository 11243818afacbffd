import type { Dataset } from '../../../shared/schema';
import { DataLoadError, fetchJsonText, loadJson, parseJsonText } from '../../../shared/lib/load-json';
import type { ValidationReply } from './validate-dataset.worker';

function validateInWorker(worker: Worker, url: string, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    worker.onmessage = (e: MessageEvent<ValidationReply>) => {
      worker.terminate();
      if (e.data.ok) resolve();
      else reject(new DataLoadError(url, e.data.reason));
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new DataLoadError(url, `validation could not run (${e.message})`));
    };
    worker.postMessage({ text });
  });
}

/**
 * Fetches once (with loadJson's timeout and messages); a Web Worker validates a copy of the text against the
 * schema while the page parses the original, and the data is returned only once the worker has accepted it, so
 * nothing unvalidated is shown. Without Worker (unit tests, very old browsers) it validates on the calling thread.
 */
export async function loadValidatedDataset(url: string, signal?: AbortSignal): Promise<Dataset> {
  if (typeof Worker === 'undefined') {
    // Loaded on demand: zod is a large module the page itself never needs when a worker can validate.
    const { datasetSchema } = await import('../../../shared/schema/page-schemas');
    return loadJson(url, datasetSchema, signal);
  }
  // Started before the fetch so the worker loads zod and builds the schema while the data downloads.
  const worker = new Worker(new URL('./validate-dataset.worker.ts', import.meta.url), { type: 'module' });
  let data: unknown;
  let validated: Promise<void>;
  try {
    const { res, text } = await fetchJsonText(url, signal);
    performance.mark('dataset:fetched');
    validated = validateInWorker(worker, url, text);
    data = parseJsonText(url, res, text);
    performance.mark('dataset:parsed');
  } catch (e) {
    worker.terminate();
    throw e;
  }
  await validated;
  // Named steps for the benchmark's breakdown of the time to first items.
  performance.mark('dataset:validated');
  // Safe: the worker has just checked this very text against datasetSchema.
  return data as Dataset;
}
