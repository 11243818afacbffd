import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

/** Serves the bench build, and `/data/synth-N/<file>` from the synthetic data folder of N events. */
export function serveStatic(root: string, dataDir: (n: number) => string, port: number): Promise<Server> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    const m = /^\/data\/synth-(\d+)\/((?:shards\/)?[a-z0-9-]+\.json)$/.exec(path);
    const file = m ? join(dataDir(Number(m[1])), m[2] ?? '') : join(root, path);
    if (!file.startsWith(root) && !m) return void res.writeHead(403).end();
    if (!existsSync(file) || !statSync(file).isFile()) return void res.writeHead(404).end('not found');
    const headers: Record<string, string> = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
    // The app's index.html preloads its data file; the bench page's file depends on ?n=, so it gets the same
    // preload as a Link header. The baseline page is the naive setup and gets none.
    const n = new URL(req.url ?? '/', 'http://x').searchParams.get('n');
    if (path === '/dashboard.html' && n && /^\d+$/.test(n)) headers.link = `</data/synth-${n}/index.json>; rel=preload; as=fetch; crossorigin=anonymous`;
    res.writeHead(200, headers);
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => { resolve(server); }));
}
