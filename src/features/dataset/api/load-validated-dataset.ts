import type { Dataset } from '../../../shared/schema';
import { DataLoadError, loadJson } from './load-json';
import type { ValidationReply } from './validate-dataset.worker';

function validateInWorker(worker: Worker, url: string, bytes: ArrayBuffer): Promise<void> {
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
    worker.postMessage({ bytes }, [bytes]);
  });
}

async function fetchBytes(url: string, signal?: AbortSignal): Promise<ArrayBuffer> {
  let res: Response;
  try {
    res = await fetch(url, { signal });
  } catch (e) {
    throw new DataLoadError(url, `network error (${(e as Error).message})`);
  }
  if (!res.ok) throw new DataLoadError(url, `the server answered ${res.status} ${res.statusText}`.trim());
  return res.arrayBuffer();
}

/**
 * Fetches once; a Web Worker validates a copy of the bytes against the schema while the page parses the
 * original, and the data is returned only once the worker has accepted it, so nothing unvalidated is shown.
 * Without Worker (unit tests, very old browsers) it validates on the calling thread.
 */
export async function loadValidatedDataset(url: string, signal?: AbortSignal): Promise<Dataset> {
  if (typeof Worker === 'undefined') {
    // Loaded on demand: zod is a large module the page itself never needs when a worker can validate.
    const { datasetSchema } = await import('../../../shared/schema/dataset');
    return loadJson(url, datasetSchema, signal);
  }
  // Started before the fetch so the worker loads zod and builds the schema while the data downloads.
  const worker = new Worker(new URL('./validate-dataset.worker.ts', import.meta.url), { type: 'module' });
  let bytes: ArrayBuffer;
  try {
    bytes = await fetchBytes(url, signal);
  } catch (e) {
    worker.terminate();
    throw e;
  }
  const validated = validateInWorker(worker, url, bytes.slice(0));
  // Keeps a worker rejection from going unhandled if parsing fails first; awaiting `validated` still throws.
  validated.catch(() => undefined);
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder().decode(bytes));
  } catch (e) {
    throw new DataLoadError(url, `not valid JSON (${(e as Error).message})`);
  }
  await validated;
  // Safe: the worker has just checked these very bytes against datasetSchema.
  return data as Dataset;
}
