// Main-thread CPU of two builds of the app against the floor page, traced: each page loaded cold in turn (desktop,
// as ab-floor-load.ts) with Chromium's trace on. For each page it prints the medians of the main thread's busy time
// from navigation to the first item on the first screen, of the task that adds the first timeline items to the page
// (the one that brings the data and draws it), both in wall time and in the main thread's CPU time (which a busy
// machine does not stretch), and of the style recalculation and layout inside that task (CPU time). With
// --functions N, V8's sampling profiler runs too (it slows every page by about a third) and it prints, for the time
// from the start of that task to the first item on screen, averaged over the loads: the N functions with the most
// self time, the N with the most time inclusive of their callees, and the call tree down to 0.5 ms. Build with
// `--minify false --sourcemap` for names worth reading; a source map beside a script names the package and line.
// Usage: tsx bench/load/trace-floor-load.ts A_DIR B_DIR DATA_DIR FLOOR_DIR [runs] [port] [--functions N]
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright';
import { SourceMapConsumer, type RawSourceMap } from 'source-map-js';
import { serveLoadSiteApart } from './serve-load-process';

const args = process.argv.slice(2);
const fnAt = args.indexOf('--functions');
const topN = fnAt >= 0 ? Number(args[fnAt + 1]) : 0;
const [a, b, data, floor, runsArg = '11', portArg = '4397'] = fnAt >= 0 ? [...args.slice(0, fnAt), ...args.slice(fnAt + 2)] : args;
if (!a || !b || !data || !floor) throw new Error('usage: trace-floor-load.ts A_DIR B_DIR DATA_DIR FLOOR_DIR [runs] [port] [--functions N]');
const runs = Number(runsArg);
const port = Number(portArg);
const PROBE = readFileSync(resolve('bench', 'load', 'load-probe.js'), 'utf8');
// Marks, in the task that adds them, the first timeline items added to the page (a mutation observer's callback runs at
// that task's end): the task that draws the first data, whichever page it is.
const MARK_FIRST_ITEMS = `new MutationObserver((_, o) => {
  if (!document.querySelector('.vis-item')) return;
  performance.mark('first-items-added');
  o.disconnect();
}).observe(document, { childList: true, subtree: true });`;
// V8's sampler slows every page down by about a third, so it is on only when functions are asked for.
const CATEGORIES = ['devtools.timeline', 'blink.user_timing', 'loading', 'toplevel', ...(topN > 0 ? ['disabled-by-default-v8.cpu_profiler'] : [])];

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of a complete event: the time it ran, not the time it waited for a core. */
  tdur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: { data?: Record<string, unknown>; name?: string };
}
interface Sample {
  busyMs: number;
  dataTaskMs: number;
  /** The same two in the main thread's CPU time, which a busy machine does not stretch. */
  busyCpuMs: number;
  dataTaskCpuMs: number;
  tasks: number[];
  /** Style recalculation and layout inside the data task (ms), and how many of each. */
  styleMs: number;
  layoutMs: number;
  layouts: number;
  /** Self time (ms) by function inside the data task. */
  selfMs: Map<string, number>;
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}

async function traceLoad(browser: Browser, url: string): Promise<Sample> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(PROBE);
    await page.addInitScript(MARK_FIRST_ITEMS);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await browser.startTracing(page, { categories: CATEGORIES });
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => (window as unknown as { __load: { firstInScreen: number | null } }).__load.firstInScreen !== null, undefined, { timeout: 30_000, polling: 100 });
    const firstInScreen = await page.evaluate(() => (window as unknown as { __load: { firstInScreen: number } }).__load.firstInScreen);
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
    return summarise(trace.traceEvents, url, firstInScreen);
  } finally {
    await context.close();
  }
}

const maps = new Map<string, SourceMapConsumer | null>();
function sourceOf(scriptUrl: string, line: number, column: number): string {
  const m = /\/assets\/[^/?]+\.js/.exec(scriptUrl);
  if (!m) return scriptUrl.replace(/^https?:\/\/[^/]+/, '');
  const file = scriptUrl.replace(/^https?:\/\/[^/]+\/(floor\/)?/, '');
  const key = scriptUrl;
  if (!maps.has(key)) {
    const dir = scriptUrl.includes('/floor/') ? floor : scriptUrl.includes(`:${port + 1}/`) ? b : a;
    const mapFile = join(resolve(dir ?? ''), `${file}.map`);
    maps.set(key, existsSync(mapFile) ? new SourceMapConsumer(JSON.parse(readFileSync(mapFile, 'utf8')) as RawSourceMap) : null);
  }
  const consumer = maps.get(key);
  if (!consumer) return file;
  const pos = consumer.originalPositionFor({ line: line + 1, column });
  if (!pos.source) return file;
  return `${pos.source.replace(/^.*node_modules\//, '').replace(/^(\.\.\/)+/, '')}:${pos.line}`;
}

function summarise(events: TraceEvent[], url: string, firstInScreen: number): Sample {
  const nav = events.find((e) => e.name === 'navigationStart' && (e.args?.data?.documentLoaderURL as string | undefined) === url && e.args?.data?.isLoadingMainFrame === true);
  if (!nav) throw new Error(`no navigationStart for ${url}`);
  const { pid, tid } = nav;
  const end = nav.ts + firstInScreen * 1000;
  // The main thread's work: the outermost of its complete events (tasks; a microtask checkpoint run after a network
  // callback, such as a fetch's promise, is one of its own, outside any RunTask).
  const tasks: { ts: number; dur: number; tdur: number }[] = [];
  for (const e of events
    .filter((x) => x.pid === pid && x.tid === tid && x.ph === 'X' && x.ts >= nav.ts && x.ts < end)
    .sort((x, y) => x.ts - y.ts || (y.dur ?? 0) - (x.dur ?? 0))) {
    const last = tasks.at(-1);
    if (last && e.ts < last.ts + last.dur) {
      last.dur = Math.max(last.dur, Math.min(e.ts + (e.dur ?? 0), end) - last.ts);
      last.tdur = Math.max(last.tdur, e.tdur ?? 0);
      continue;
    }
    tasks.push({ ts: e.ts, dur: Math.min(e.dur ?? 0, end - e.ts), tdur: e.tdur ?? 0 });
  }
  const busy = tasks.reduce((s, t) => s + t.dur, 0) / 1000;
  const busyCpu = tasks.reduce((s, t) => s + t.tdur, 0) / 1000;
  const mark = events.find((e) => e.name === 'first-items-added' && e.pid === pid);
  if (!mark) throw new Error(`no first-items-added mark for ${url}`);
  const dataTask = tasks.find((t) => t.ts <= mark.ts && mark.ts <= t.ts + t.dur) ?? { ts: 0, dur: 0, tdur: 0 };
  const inTask = (name: string) => events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.name === name && e.ts >= dataTask.ts && e.ts < dataTask.ts + dataTask.dur);
  const styles = inTask('UpdateLayoutTree');
  const layouts = inTask('Layout');
  const sumMs = (xs: TraceEvent[]) => xs.reduce((s, e) => s + (e.tdur ?? e.dur ?? 0), 0) / 1000;
  const selfMs = new Map<string, number>();
  if (topN > 0) {
    // V8's samples arrive as a Profile event and its ProfileChunks, on the same clock as the trace.
    const profiles = events.filter((e) => e.name === 'Profile' && e.pid === pid);
    for (const prof of profiles) {
      const nodes = new Map<number, ProfileNode>();
      let t = Number(prof.args?.data?.startTime ?? 0);
      for (const chunk of events.filter((e) => e.name === 'ProfileChunk' && e.pid === pid && e.id === prof.id)) {
        const cpu = chunk.args?.data?.cpuProfile as { nodes?: ProfileNode[]; samples?: number[] } | undefined;
        for (const n of cpu?.nodes ?? []) nodes.set(n.id, n);
        const deltas = (chunk.args?.data?.timeDeltas as number[] | undefined) ?? [];
        (cpu?.samples ?? []).forEach((id, i) => {
          t += deltas[i] ?? 0;
          const next = t + (deltas[i + 1] ?? 0);
          if (t < dataTask.ts || t >= end) return;
          const n = nodes.get(id);
          if (!n) return;
          const nameOf = (f: ProfileNode['callFrame']) => `${f.functionName || '(anonymous)'} ${f.url ? sourceOf(f.url, f.lineNumber, f.columnNumber) : ''}`;
          const name = nameOf(n.callFrame);
          selfMs.set(name, (selfMs.get(name) ?? 0) + (next - t) / 1000);
          // Inclusive: each function on the stack once, marked with a leading '+'.
          const onStack = new Set<string>();
          const path: string[] = [];
          for (let up: ProfileNode | undefined = n; up; up = up.parent === undefined ? undefined : nodes.get(up.parent)) {
            onStack.add(`+${nameOf(up.callFrame)}`);
            path.unshift(nameOf(up.callFrame));
          }
          for (const k of onStack) selfMs.set(k, (selfMs.get(k) ?? 0) + (next - t) / 1000);
          // Top-down: every prefix of the stack, marked with a leading '>' and joined by ' > '.
          for (let d = 1; d <= path.length; d++) {
            const k = `>${path.slice(0, d).join(' > ')}`;
            selfMs.set(k, (selfMs.get(k) ?? 0) + (next - t) / 1000);
          }
        });
      }
    }
  }
  return { busyMs: busy, dataTaskMs: dataTask.dur / 1000, busyCpuMs: busyCpu, dataTaskCpuMs: dataTask.tdur / 1000, tasks: tasks.filter((x) => x.dur > 5000).map((x) => x.dur / 1000), styleMs: sumMs(styles), layoutMs: sumMs(layouts), layouts: layouts.length, selfMs };
}

const loadBefore = loadavg()[0] ?? 0;
const servers = [
  await serveLoadSiteApart({ app: resolve(a), floor: resolve(floor), data: resolve(data) }, port),
  await serveLoadSiteApart({ app: resolve(b), floor: resolve(floor), data: resolve(data) }, port + 1),
];
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
const pages = [['A', `http://127.0.0.1:${port}/`], ['B', `http://127.0.0.1:${port + 1}/`], ['floor', `http://127.0.0.1:${port}/floor/`]] as const;
const got: Record<string, Sample[]> = { A: [], B: [], floor: [] };
try {
  for (let i = 0; i < runs; i++) {
    for (const [which, url] of [...pages.slice(i % 3), ...pages.slice(0, i % 3)]) got[which]?.push(await traceLoad(browser, url));
  }
} finally {
  await browser.close();
  for (const s of servers) s.close();
}
const median = (xs: number[]) => xs.toSorted((x, y) => x - y)[Math.floor(xs.length / 2)] ?? NaN;
for (const [k] of pages) {
  const s = got[k] ?? [];
  console.log(`${k.padEnd(5)} busy to first in screen: median ${median(s.map((x) => x.busyMs)).toFixed(1)} ms; data task: median ${median(s.map((x) => x.dataTaskMs)).toFixed(1)} ms (${s.map((x) => x.dataTaskMs.toFixed(0)).join(' ')})`);
  console.log(`      CPU time: busy ${median(s.map((x) => x.busyCpuMs)).toFixed(1)} ms, data task ${median(s.map((x) => x.dataTaskCpuMs)).toFixed(1)} ms (${s.map((x) => x.dataTaskCpuMs.toFixed(0)).join(' ')})`);
  console.log(`      in it: style ${median(s.map((x) => x.styleMs)).toFixed(1)} ms, layout ${median(s.map((x) => x.layoutMs)).toFixed(1)} ms (${median(s.map((x) => x.layouts))} layouts)`);
  if (topN > 0) {
    const total = new Map<string, number>();
    for (const x of s) for (const [name, ms] of x.selfMs) total.set(name, (total.get(name) ?? 0) + ms / s.length);
    const top = (inclusive: boolean) => [...total].filter(([n]) => !n.startsWith('>') && n.startsWith('+') === inclusive).sort((p, q) => q[1] - p[1]).slice(0, topN);
    console.log('      self time:');
    for (const [name, ms] of top(false)) console.log(`      ${ms.toFixed(2).padStart(6)} ms  ${name}`);
    console.log('      inclusive (+):');
    for (const [name, ms] of top(true)) console.log(`      ${ms.toFixed(2).padStart(6)} ms  ${name}`);
    // The call tree, down to calls of 0.5 ms or more a load (a React or vis-timeline chain collapses into its depth).
    console.log('      call tree:');
    const tree = [...total].filter(([n, ms]) => n.startsWith('>') && ms >= 0.5).sort((p, q) => (p[0] < q[0] ? -1 : 1));
    for (const [name, ms] of tree) {
      const parts = name.slice(1).split(' > ');
      console.log(`      ${ms.toFixed(2).padStart(6)} ms ${'  '.repeat(parts.length - 1)}${parts.at(-1)}`);
    }
  }
}
console.log(`load average ${loadBefore.toFixed(1)} before, ${(loadavg()[0] ?? 0).toFixed(1)} after`);
