import { DataLoadError } from '../../../shared/lib/load-json';
import type { SerialisedReferences } from '../../../shared/schema/event-references';
import { createPlainValidator } from './plain-validator';
import type { ValidationReply, ValidationRequest } from './validate-request';

type Validator = (req: ValidationRequest) => Promise<ValidationReply>;

/** Where validation runs: workers when asked for and the browser has them, else (a small dataset, unit tests) this thread. */
export interface ValidationPool {
  /**
   * Whether validation runs on the page's own thread: then the page parses each file before it is checked and hands
   * its parse along (`json`), so that the text is parsed once; workers are sent the text as soon as it is in.
   */
  onPageThread: boolean;
  /** Checks the index on the first validator; resolves with the references every shard is checked against. */
  index(url: string, text: string, json?: unknown): Promise<SerialisedReferences>;
  /** Hands those references to the other validators; call once, after `index`, before any shard. */
  share(references: SerialisedReferences): void;
  shard(url: string, text: string, json?: unknown): Promise<void>;
  close(): void;
}

function workerValidator(): { run: Validator; close: () => void } {
  const worker = new Worker(new URL('./validate-dataset.worker.ts', import.meta.url), { type: 'module' });
  // A worker answers its requests in order, so replies are matched to the oldest request still waiting.
  const waiting: { resolve: (r: ValidationReply) => void }[] = [];
  worker.onmessage = (e: MessageEvent<ValidationReply>) => {
    waiting.shift()?.resolve(e.data);
  };
  worker.onerror = (e) => {
    for (const w of waiting.splice(0)) w.resolve({ ok: false, reason: `validation could not run (${e.message})` });
  };
  const run: Validator = (req) =>
    new Promise((resolve) => {
      waiting.push({ resolve });
      worker.postMessage(req);
    });
  return { run, close: () => { worker.terminate(); } };
}

function startValidators(size: number): { validators: Promise<Validator>[]; close: () => void; onPageThread: boolean } {
  if (size < 1 || typeof Worker === 'undefined') return { validators: [Promise.resolve(createPlainValidator())], close: () => undefined, onPageThread: true };
  const made = Array.from({ length: size }, workerValidator);
  return { validators: made.map((m) => Promise.resolve(m.run)), close: () => { made.forEach((m) => { m.close(); }); }, onPageThread: false };
}

export function createValidationPool(size: number): ValidationPool {
  const pool = startValidators(size);
  const load = pool.validators.map(() => 0);
  const send = async (i: number, url: string, req: ValidationRequest) => {
    const run = await (pool.validators[i] as Promise<Validator>);
    const reply = await run(req);
    if (!reply.ok) throw new DataLoadError(url, reply.reason);
    return reply;
  };
  // A worker is never sent the page's parse (copying it across would cost more than parsing the text there).
  const parsed = (json: unknown) => (pool.onPageThread ? { json } : {});
  return {
    onPageThread: pool.onPageThread,
    async index(url, text, json) {
      const reply = await send(0, url, { kind: 'index', text, ...parsed(json) });
      if (!reply.references) throw new DataLoadError(url, 'validation gave no references');
      return reply.references;
    },
    share(references) {
      // Cannot fail but by a broken worker, and then that worker's next shard fails and says so.
      for (let i = 1; i < pool.validators.length; i++) send(i, '', { kind: 'references', references }).catch(() => undefined);
    },
    async shard(url, text, json) {
      // The least busy validator, counted in characters still to check.
      const i = load.indexOf(Math.min(...load));
      load[i] = (load[i] ?? 0) + text.length;
      try {
        await send(i, url, { kind: 'shard', text, ...parsed(json) });
      } finally {
        load[i] = (load[i] ?? 0) - text.length;
      }
    },
    close: pool.close,
  };
}
