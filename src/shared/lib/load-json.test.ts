import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { datasetSchema } from '../schema';
import { DataLoadError, DEFAULT_TIMEOUT_MS, loadJson } from './load-json';

const URL = '/data/events.json';
const realJson = readFileSync('public/data/events.json', 'utf8');

function serve(body: string, init: ResponseInit = { headers: { 'content-type': 'application/json' } }) {
  const fetchMock = vi.fn((_url: string, _init?: RequestInit) => Promise.resolve(new Response(body, init)));
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

/** A server that never answers, but gives up when the request is aborted, as a browser does. */
function hang() {
  vi.stubGlobal(
    'fetch',
    vi.fn(
      (_url: string, init?: RequestInit) =>
        new Promise<Response>((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () => {
            reject(new DOMException('The operation was aborted.', 'AbortError'));
          });
        }),
    ),
  );
}

async function failure(p: Promise<unknown>): Promise<DataLoadError> {
  const e: unknown = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(DataLoadError);
  return e as DataLoadError;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('loadJson', () => {
  it('returns the validated dataset when the file is whole', async () => {
    serve(realJson);
    const data = await loadJson(URL, datasetSchema);
    expect(data.events.length).toBe((JSON.parse(realJson) as { events: unknown[] }).events.length);
  });

  it('names the status when the file is missing', async () => {
    serve('Not found', { status: 404, statusText: 'Not Found' });
    const e = await failure(loadJson(URL, datasetSchema));
    expect(e.message).toBe(`${URL}: the server answered 404 Not Found`);
  });

  it('says the file is cut off when the download stopped half-way', async () => {
    for (const cut of [0.1, 0.5, 0.99]) {
      serve(realJson.slice(0, Math.floor(realJson.length * cut)));
      const e = await failure(loadJson(URL, datasetSchema));
      expect(e.reason).toMatch(/^the file is empty or cut off \(/);
    }
    serve('');
    expect((await failure(loadJson(URL, datasetSchema))).reason).toMatch(/^the file is empty or cut off/);
  });

  it('says it is not JSON when the text is something else', async () => {
    serve('events: [] # YAML, not JSON');
    expect((await failure(loadJson(URL, datasetSchema))).reason).toMatch(/^not valid JSON \(Unexpected token/);
  });

  it('recognises a web page served in place of the data', async () => {
    serve('<!doctype html><html><body>App</body></html>', { headers: { 'content-type': 'text/html' } });
    expect((await failure(loadJson(URL, datasetSchema))).reason).toContain('sent a web page instead of JSON');
  });

  it('points at the first field that breaks the schema and counts the rest', async () => {
    const ds = JSON.parse(realJson) as { events: { date: { start: string } }[]; articles: { url: string | null }[] };
    const [first, second] = ds.events;
    if (!first || !second || !ds.articles[0]) throw new Error('the real dataset needs two events and an article');
    first.date.start = '2025-02-30';
    second.date.start = 'yesterday';
    ds.articles[0].url = 'javascript:alert(1)';
    serve(JSON.stringify(ds));
    const e = await failure(loadJson(URL, datasetSchema));
    expect(e.reason).toMatch(/^does not match the schema at articles\.0\.url: .* \(and [2-9]\d* more problems\)$/);
  });

  it('refuses JSON of the wrong shape', async () => {
    serve('[]');
    expect((await failure(loadJson(URL, datasetSchema))).reason).toMatch(/^does not match the schema at top level: /);
  });

  it('reports a network failure', async () => {
    vi.stubGlobal('fetch', vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))));
    expect((await failure(loadJson(URL, datasetSchema))).reason).toBe('network error (Failed to fetch)');
  });

  it('gives up after the default timeout, not before', async () => {
    vi.useFakeTimers();
    hang();
    let settled = false;
    const result = failure(loadJson(URL, datasetSchema)).finally(() => (settled = true));
    await vi.advanceTimersByTimeAsync(DEFAULT_TIMEOUT_MS - 1);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect((await result).reason).toMatch(/^no complete answer after 20 s/);
  });

  it('gives up after a timeout the caller chooses', async () => {
    vi.useFakeTimers();
    hang();
    const result = failure(loadJson(URL, datasetSchema, undefined, { timeoutMs: 500 }));
    await vi.advanceTimersByTimeAsync(500);
    expect((await result).reason).toMatch(/^no complete answer after 0.5 s/);
  });

  it('passes on a cancellation by the caller unchanged, as it is not a data problem', async () => {
    hang();
    const caller = new AbortController();
    const result = loadJson(URL, datasetSchema, caller.signal);
    caller.abort();
    await expect(result).rejects.toHaveProperty('name', 'AbortError');
  });
});
