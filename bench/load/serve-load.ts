import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };

export interface LoadSite {
  /** The app as `npm run build` makes it with this dataset published. */
  app: string;
  /** bench/floor's build. */
  floor: string;
  /** The dataset's folder (events.json, index.json, shards/). */
  data: string;
}

const BARE = resolve('bench', 'load');
const VIS_STANDALONE = resolve('node_modules', 'vis-timeline', 'standalone', 'umd', 'vis-timeline-graph2d.min.js');

/** Where a path is served from: the app at /, the floor page at /floor/, the bare page at /bare/, each with data/. */
function locate(site: LoadSite, path: string): string | null {
  const inside = (root: string, rest: string) => {
    const file = normalize(join(root, rest));
    return file.startsWith(root) ? file : null;
  };
  for (const prefix of ['/floor/', '/bare/', '/']) {
    if (!path.startsWith(prefix)) continue;
    const rest = path.slice(prefix.length) || 'index.html';
    if (rest.startsWith('data/') && prefix !== '/') return inside(site.data, rest.slice('data/'.length));
    if (prefix === '/floor/') return inside(site.floor, rest);
    if (prefix === '/bare/') return rest === 'index.html' ? join(BARE, 'bare.html') : rest === 'vis-timeline-graph2d.min.js' ? VIS_STANDALONE : inside(BARE, rest);
    return inside(site.app, rest);
  }
  return null;
}

/** Serves the three pages of one dataset, gzipped as any static host would (so sizes on the wire are real ones). */
export function serveLoadSite(site: LoadSite, port: number): Promise<Server> {
  const cache = new Map<string, Buffer>();
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = locate(site, path);
    if (!file || !existsSync(file) || !statSync(file).isFile()) return void res.writeHead(404).end('not found');
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const gz = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '') && type !== 'image/svg+xml';
    let body: Buffer = readFileSync(file);
    if (gz) {
      const cached = cache.get(file) ?? gzipSync(body, { level: 6 });
      cache.set(file, cached);
      body = cached;
    }
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', ...(gz ? { 'content-encoding': 'gzip' } : {}) });
    res.end(body);
  });
  return new Promise((done) => server.listen(port, '127.0.0.1', () => { done(server); }));
}
