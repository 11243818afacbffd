import type { z } from 'zod';

/** Why the data could not be used: names the URL and what is wrong with it. */
export class DataLoadError extends Error {
  constructor(
    readonly url: string,
    readonly reason: string,
  ) {
    super(`${url}: ${reason}`);
    this.name = 'DataLoadError';
  }
}

export interface LoadJsonOptions {
  /** Give up when the whole response (headers and body) has not arrived after this long. */
  timeoutMs?: number;
}

export const DEFAULT_TIMEOUT_MS = 20_000;

/** A static host answers a missing file with its index page: say that, rather than quote a JSON parser. */
function looksLikeHtml(res: Response, text: string): boolean {
  return (res.headers.get('content-type') ?? '').includes('text/html') || /^\s*</.test(text);
}

/** The first problem, where it is and how many more there are: zod's issues or our own reference checks. */
export function describeIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  const [issue, ...rest] = issues;
  const where = issue?.path.length ? issue.path.map(String).join('.') : 'top level';
  const more = rest.length ? ` (and ${rest.length} more problem${rest.length === 1 ? '' : 's'})` : '';
  return `does not match the schema at ${where}: ${issue?.message ?? 'invalid'}${more}`;
}

export function describeSchemaFailure(error: z.ZodError): string {
  return describeIssues(error.issues);
}

/**
 * Fetches a file's text, turning every failure into a DataLoadError; gives up after `timeoutMs`.
 * The timer uses setTimeout rather than AbortSignal.timeout so that tests can drive it with a fake clock.
 */
export async function fetchJsonText(url: string, signal?: AbortSignal, options: LoadJsonOptions = {}): Promise<{ res: Response; text: string }> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const controller = new AbortController();
  const abortFromCaller = () => {
    controller.abort(signal?.reason);
  };
  if (signal?.aborted) abortFromCaller();
  signal?.addEventListener('abort', abortFromCaller, { once: true });
  const timeout = new Error('timeout');
  const timer = setTimeout(() => {
    controller.abort(timeout);
  }, timeoutMs);
  try {
    const res = await fetch(url, { signal: controller.signal });
    if (!res.ok) throw new DataLoadError(url, `the server answered ${res.status} ${res.statusText}`.trim());
    return { res, text: await res.text() };
  } catch (e) {
    if (e instanceof DataLoadError) throw e;
    if (controller.signal.reason === timeout) throw new DataLoadError(url, `no complete answer after ${timeoutMs / 1000} s; the server or the network is too slow`);
    // The caller gave up (e.g. the query was cancelled): not a data problem, pass it on unchanged.
    if (signal?.aborted) throw e;
    throw new DataLoadError(url, `network error (${(e as Error).message})`);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', abortFromCaller);
  }
}

/** Parses fetched text as JSON, saying plainly when it is a web page, cut off, or not JSON at all. */
export function parseJsonText(url: string, res: Response, text: string): unknown {
  if (looksLikeHtml(res, text)) throw new DataLoadError(url, 'the server sent a web page instead of JSON; the data file is probably missing');
  try {
    return JSON.parse(text);
  } catch (e) {
    const message = (e as Error).message;
    const position = Number(/at position (\d+)/.exec(message)?.[1] ?? -1);
    const cutOff = /end of (JSON )?input/i.test(message) || position >= text.trimEnd().length;
    throw new DataLoadError(url, `${cutOff ? 'the file is empty or cut off' : 'not valid JSON'} (${message})`);
  }
}

/** Fetches a JSON file and validates it against a schema, turning every failure into a DataLoadError. */
export async function loadJson<T>(url: string, schema: z.ZodType<T>, signal?: AbortSignal, options: LoadJsonOptions = {}): Promise<T> {
  const { res, text } = await fetchJsonText(url, signal, options);
  const parsed = schema.safeParse(parseJsonText(url, res, text));
  if (!parsed.success) throw new DataLoadError(url, describeSchemaFailure(parsed.error));
  return parsed.data;
}
