import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { catchInputErrorAsync } from './fixtures/catch-input-error-async';
import { addTo, errorOf, PAGES, readWritten } from './fixtures/add-to-temp-dir';
import { startServer } from './fixtures/local-server';
import { DEFAULT_LIMITS, fetchPage } from './fetch-page';

const page = readFileSync(join(PAGES, 'jsonld-only.html'));
const baseTagPage = readFileSync(join(PAGES, 'opengraph-only.html'), 'utf8')
  .replace(/<meta property="og:url"[^>]*>/, '')
  .replace('<head>', '<head><base href="/archive/"><link rel="canonical" href="2025/04/15/prisoner-swap">');
const SIX_MB = 6 * 1024 * 1024;
let server: Awaited<ReturnType<typeof startServer>>;
/** A short timeout so the slow responses fail fast; the others get the default, so a busy machine does not fail them. */
const quick = { ...DEFAULT_LIMITS, timeoutMs: 300 };
const limitsFor = (path: string) => (path.startsWith('/slow') ? quick : DEFAULT_LIMITS);

beforeAll(async () => {
  server = await startServer((req, res) => {
    const path = req.url ?? '/';
    const hop = /^\/hop\/(\d+)$/.exec(path);
    if (hop) {
      const n = Number(hop[1]);
      res.writeHead(301, { location: n > 1 ? `/hop/${n - 1}` : '/story' }).end();
    } else if (path === '/story') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
    else if (path === '/xhtml') res.writeHead(200, { 'content-type': 'application/xhtml+xml' }).end(page);
    else if (path === '/missing') res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
    else if (path === '/broken') res.writeHead(500, { 'content-type': 'text/html' }).end('<h1>Oops</h1>');
    else if (path === '/slow') setTimeout(() => res.writeHead(200, { 'content-type': 'text/html' }).end(page), 2_000);
    else if (path === '/slow-body') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<html><body><p>');
      setTimeout(() => res.end('</p></body></html>'), 2_000);
    } else if (path === '/huge') res.writeHead(200, { 'content-type': 'text/html', 'content-length': SIX_MB }).end(Buffer.alloc(SIX_MB, 0x61));
    else if (path === '/huge-chunked') {
      res.writeHead(200, { 'content-type': 'text/html' });
      for (let i = 0; i < 6; i++) res.write(Buffer.alloc(1024 * 1024, 0x61));
      res.end();
    } else if (path === '/image') res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]));
    else if (path === '/untyped') res.end(page);
    else if (path === '/to-ftp') res.writeHead(302, { location: 'ftp://127.0.0.1/file' }).end();
    else if (path === '/archive/page') res.writeHead(200, { 'content-type': 'text/html' }).end(baseTagPage);
    else res.writeHead(404).end();
  });
});
afterAll(async () => {
  await server.close();
});

describe('fetching a page', { timeout: 30_000 }, () => {
  test('200: the page, the charset the server names, the address it came from', async () => {
    const got = await fetchPage(`${server.origin}/story`);
    expect(Buffer.from(got.bytes).equals(page)).toBe(true);
    expect(got.charset).toBe('utf-8');
    expect(got.url).toBe(`${server.origin}/story`);
  });

  test('application/xhtml+xml is read like text/html', async () => {
    expect((await fetchPage(`${server.origin}/xhtml`)).bytes.length).toBe(page.length);
  });

  test('a chain of five 301s is followed to the page; a sixth redirect is refused', async () => {
    expect((await fetchPage(`${server.origin}/hop/5`)).url).toBe(`${server.origin}/story`);
    const e = await catchInputErrorAsync(() => fetchPage(`${server.origin}/hop/6`));
    expect(e.message).toBe(`${server.origin}/hop/6: too many redirects: more than 5`);
  });

  test.each([
    ['/missing', /^HTTP 404 Not Found from http:\/\/127\.0\.0\.1:\d+\/missing$/],
    ['/broken', /^HTTP 500 Internal Server Error from/],
    ['/slow', /^timed out after 0\.3 s \(--timeout sets the limit\)$/],
    ['/slow-body', /^timed out after 0\.3 s/],
    ['/huge', /^too large: the page is 6\.0 MB, more than 5 MB$/],
    ['/huge-chunked', /^too large: the page is more than 5 MB$/],
    ['/image', /^not HTML: the server sent Content-Type image\/png \(only text\/html and application\/xhtml\+xml are read\)$/],
    ['/untyped', /^not HTML: the server sent no Content-Type/],
    ['/to-ftp', /^only http and https addresses can be fetched, not ftp:$/],
  ])('%s is refused with a clear reason', async (path, reason) => {
    const e = await catchInputErrorAsync(() => fetchPage(`${server.origin}${path}`, limitsFor(path)));
    expect(e.file).toBe(`${server.origin}${path}`);
    expect(e.reason).toMatch(reason);
  });

  test('only http and https addresses are fetched; a closed port is a connection error', async () => {
    expect((await catchInputErrorAsync(() => fetchPage('file:///etc/passwd', quick))).reason).toBe('only http and https addresses can be fetched, not file:');
    const closed = await startServer(() => undefined);
    await closed.close();
    const host = closed.origin.replace('http://', '');
    expect((await catchInputErrorAsync(() => fetchPage(`${closed.origin}/x`))).reason).toBe(`could not connect to ${host}: ECONNREFUSED`);
  });
});

describe('adding from an address', { timeout: 30_000 }, () => {
  test('the page is added; its front matter names where each fact came from', async () => {
    const { dir, outcomes, files } = await addTo([`${server.origin}/hop/2`]);
    expect(outcomes.map((o) => o.ok)).toEqual([true]);
    const w = readWritten(dir, files[0] ?? '');
    expect(w.front.url).toBe('https://northernledger.example/world/india-pakistan-hotline-talks-1182');
    expect(w.front.provenance).toMatch(/^Added with "npm run add" from http:\/\/127\.0\.0\.1:\d+\/hop\/2\./);
    expect(w.paragraphs[0]).toBe('India and Pakistan military chiefs speak on hotline as Washington urges calm');
  });

  test('a relative canonical link is resolved against <base>, itself resolved against the address fetched', async () => {
    const { dir, files } = await addTo([`${server.origin}/archive/page`]);
    const w = readWritten(dir, files[0] ?? '');
    expect(w.front.url).toBe(`${server.origin}/archive/2025/04/15/prisoner-swap`);
    expect(w.front.provenance).toContain('url: the canonical link');
  });

  test('in a batch each failure is reported and the good pages are still added', async () => {
    const { outcomes, files } = await addTo([`${server.origin}/missing`, `${server.origin}/story`, `${server.origin}/image`]);
    expect(errorOf(outcomes[0])).toMatch(/\/missing: HTTP 404/);
    expect(outcomes[1]?.ok).toBe(true);
    expect(errorOf(outcomes[2])).toMatch(/\/image: not HTML/);
    expect(files).toHaveLength(1);
  });
});
