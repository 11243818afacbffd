import { InputError } from '../ingest/input-error';

export interface FetchLimits {
  timeoutMs: number;
  maxRedirects: number;
  maxBytes: number;
}

export const DEFAULT_LIMITS: FetchLimits = { timeoutMs: 15_000, maxRedirects: 5, maxBytes: 5 * 1024 * 1024 };

export interface FetchedPage {
  /** The address the page was finally served from, after redirects. */
  url: string;
  bytes: Uint8Array;
  /** The charset of the Content-Type header, when it names one. */
  charset: string | null;
}

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

function httpUrl(source: string, text: string, base?: string): URL {
  let url: URL;
  try {
    url = new URL(text, base);
  } catch {
    throw new InputError(source, null, `"${text}" is not a valid address`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new InputError(source, null, `only http and https addresses can be fetched, not ${url.protocol}`);
  return url;
}

function connectionProblem(e: unknown): string {
  const cause = e instanceof Error && e.cause instanceof Error ? e.cause : null;
  const code = cause && 'code' in cause ? String(cause.code) : null;
  return code ?? (cause ?? (e instanceof Error ? e : new Error(String(e)))).message;
}

async function readLimited(source: string, res: Response, maxBytes: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (!res.body) return new Uint8Array();
  const reader = res.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxBytes) {
      await reader.cancel();
      throw new InputError(source, null, `too large: the page is more than ${maxBytes / 1048576} MB`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** Fetches one web page within the limits, following redirects by hand so each hop is checked and counted. */
export async function fetchPage(source: string, limits: FetchLimits = DEFAULT_LIMITS): Promise<FetchedPage> {
  let url = httpUrl(source, source);
  const signal = AbortSignal.timeout(limits.timeoutMs);
  const seconds = `${limits.timeoutMs / 1000} s`;
  try {
    for (let hops = 0; ; hops++) {
      let res: Response;
      try {
        res = await fetch(url, { redirect: 'manual', signal, headers: { accept: 'text/html,application/xhtml+xml', 'user-agent': 'conflict-timeline (npm run add)' } });
      } catch (e) {
        if (signal.aborted) throw e;
        throw new InputError(source, null, `could not connect to ${url.host}: ${connectionProblem(e)}`);
      }
      if (res.status >= 300 && res.status < 400) {
        await res.body?.cancel();
        const location = res.headers.get('location');
        if (location === null) throw new InputError(source, null, `HTTP ${res.status} redirect without a Location header`);
        if (hops + 1 > limits.maxRedirects) throw new InputError(source, null, `too many redirects: more than ${limits.maxRedirects}`);
        url = httpUrl(source, location, url.href);
        continue;
      }
      if (res.status < 200 || res.status >= 300) {
        await res.body?.cancel();
        throw new InputError(source, null, `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''} from ${url.href}`);
      }
      const type = res.headers.get('content-type');
      const mime = type?.split(';')[0]?.trim().toLowerCase() ?? '';
      if (!HTML_TYPES.has(mime)) {
        await res.body?.cancel();
        throw new InputError(source, null, `not HTML: the server sent ${type ? `Content-Type ${mime}` : 'no Content-Type'} (only text/html and application/xhtml+xml are read)`);
      }
      const length = Number(res.headers.get('content-length') ?? NaN);
      if (length > limits.maxBytes) {
        await res.body?.cancel();
        throw new InputError(source, null, `too large: the page is ${(length / 1048576).toFixed(1)} MB, more than ${limits.maxBytes / 1048576} MB`);
      }
      const charset = /charset\s*=\s*"?([\w.:-]+)/i.exec(type ?? '')?.[1] ?? null;
      return { url: url.href, bytes: await readLimited(source, res, limits.maxBytes), charset };
    }
  } catch (e) {
    if (e instanceof InputError) throw e;
    if (signal.aborted) throw new InputError(source, null, `timed out after ${seconds} (--timeout sets the limit)`);
    throw new InputError(source, null, `could not fetch: ${connectionProblem(e)}`);
  }
}
