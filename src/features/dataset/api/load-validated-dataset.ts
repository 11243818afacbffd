import type { Dataset } from '../../../shared/schema';
import type { DatasetIndex, Shard, ShardRef } from '../../../shared/schema/dataset-shards';
import { joinShards, SHARD_FILE, shardMonths } from '../../../shared/schema/split-into-shards';
import { countIndexedEvents, SMALL_DATASET_EVENTS } from '../../../shared/lib/dataset-size';
import { DataLoadError, fetchJsonText, parseJsonText } from '../../../shared/lib/load-json';
import { createValidationPool, type ValidationPool } from './validation-pool';

/**
 * Where a dataset of this many events is validated: a small one on this thread (0), which saves starting workers
 * and a round trip through them; a large one on one worker per core (the page's own parsing shares them), at most four.
 */
const poolSize = (events: number) =>
  events <= SMALL_DATASET_EVENTS ? 0 : Math.min((typeof navigator === 'undefined' ? 0 : navigator.hardwareConcurrency) || 2, 4);

/**
 * The shard list of an index not yet validated, read only to start the downloads early: null unless every entry
 * names a file inside shards/ (then the index's validation says what is wrong), so nothing else is ever fetched.
 */
function shardList(index: unknown): ShardRef[] | null {
  const shards = (index as { shards?: unknown } | null)?.shards;
  if (!Array.isArray(shards)) return null;
  return shards.every((s) => typeof (s as { file?: unknown } | null)?.file === 'string' && SHARD_FILE.test((s as ShardRef).file)) ? (shards as ShardRef[]) : null;
}

async function loadShard(ref: ShardRef, url: string, pool: ValidationPool, ready: Promise<unknown>, signal: AbortSignal): Promise<Shard> {
  const { res, text } = await fetchJsonText(url, signal);
  await ready;
  if (pool.onPageThread) {
    const data = parseJsonText(url, res, text) as Shard;
    await pool.shard(url, text, data);
    return checkListed(ref, url, data);
  }
  // A worker checks the text while the page parses its own copy.
  const checked = pool.shard(url, text);
  const data = parseJsonText(url, res, text) as Shard;
  await checked;
  return checkListed(ref, url, data);
}

/** A valid shard is still refused if it is not the one the index lists under its name. */
function checkListed(ref: ShardRef, url: string, data: Shard): Shard {
  if (data.conflict !== ref.conflict || data.month !== ref.month || data.until !== ref.until || data.events.length !== ref.events)
    throw new DataLoadError(url, `holds ${data.events.length} ${data.conflict} events of ${shardMonths(data)} where the index lists ${ref.events} of ${ref.conflict}, ${shardMonths(ref)}: it is out of date or misplaced`);
  return data;
}

/**
 * Fetches the index, then every shard at once (index.html may have preloaded them all); each file is validated, by
 * the page itself for a small dataset and by a pool of workers while the page parses its own copy for a large one,
 * and the data is returned only once every part has been accepted, so nothing unvalidated is shown.
 * Any failure (with loadJson's timeout and messages, naming the file) stops the downloads still running.
 */
export async function loadValidatedDataset(indexUrl: string, signal?: AbortSignal): Promise<Dataset> {
  const controller = new AbortController();
  const stop = () => { controller.abort(signal?.reason); };
  if (signal?.aborted) stop();
  signal?.addEventListener('abort', stop, { once: true });
  let pool: ValidationPool | null = null;
  try {
    const { res, text } = await fetchJsonText(indexUrl, controller.signal);
    performance.mark('dataset:index-fetched');
    const index = parseJsonText(indexUrl, res, text) as DatasetIndex;
    const refs = shardList(index);
    // The index is usually in already (index.html preloads it), so the validators start as the shards download.
    pool = createValidationPool(poolSize(refs ? countIndexedEvents(refs) : 0));
    const references = pool.index(indexUrl, text, index);
    // Whatever happens below, this promise is awaited or its failure is moot.
    references.catch(() => undefined);
    if (!refs) {
      await references;
      throw new DataLoadError(indexUrl, 'has no valid list of shards');
    }
    const validators = pool;
    const ready = references.then((r) => { validators.share(r); });
    const base = new URL('.', new URL(indexUrl, typeof location === 'undefined' ? 'http://localhost/' : location.href));
    const shards = await Promise.all(refs.map((ref) => loadShard(ref, new URL(ref.file, base).pathname, validators, ready, controller.signal)));
    // Named steps for the benchmark's breakdown of the time to first items.
    performance.mark('dataset:validated');
    return joinShards(index, shards);
  } catch (e) {
    controller.abort();
    throw e;
  } finally {
    signal?.removeEventListener('abort', stop);
    pool?.close();
  }
}
