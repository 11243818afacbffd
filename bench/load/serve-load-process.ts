import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { serveLoadSite, type LoadSite } from './serve-load';

/**
 * The load benchmark's server in a process of its own: in the benchmark's process it answered between the browser
 * driver's own work, which delayed the pages' scripts by amounts that varied from load to load.
 */
export function serveLoadSiteApart(site: LoadSite, port: number): Promise<{ close: () => void }> {
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--app', site.app, '--floor', site.floor, '--data', site.data, '--port', String(port)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => { reject(new Error(`the load benchmark's server stopped (exit code ${code})`)); });
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) resolve({ close: () => { child.kill(); } });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { app: { type: 'string' }, floor: { type: 'string' }, data: { type: 'string' }, port: { type: 'string' } } });
  if (!values.app || !values.floor || !values.data || !values.port) throw new Error('usage: serve-load-process.ts --app DIR --floor DIR --data DIR --port N');
  await serveLoadSite({ app: values.app, floor: values.floor, data: values.data }, Number(values.port));
  console.log('ready');
}
