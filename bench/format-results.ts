import type { BundleSize } from './bundle-size';
import type { Metric, Sample } from './measure-page';

export interface SizeResult {
  events: number;
  dashboard: Sample[];
  baseline: Sample[];
  /** Steps the baseline did not finish within the limit, per run. */
  baselineTimeouts: Metric[];
}

const ROWS: [Metric, string, string][] = [
  ['firstItems', 'first items', 'ms'],
  ['filterApply', 'filter apply', 'ms'],
  ['filterClear', 'filter clear', 'ms'],
  ['zoomOut', 'zoom out to all', 'ms'],
  ['click', 'click to detail', 'ms'],
  ['heapMB', 'JS heap', 'MB'],
];

export function median(xs: (number | null | undefined)[]): number | null {
  const v = xs.filter((x): x is number => typeof x === 'number').sort((a, b) => a - b);
  if (!v.length) return null;
  const m = v.length >> 1;
  return v.length % 2 ? (v[m] ?? null) : ((v[m - 1] ?? 0) + (v[m] ?? 0)) / 2;
}

const fmt = (x: number | null, unit: string) => (x === null ? '—' : unit === 'MB' ? x.toFixed(1) : Math.round(x).toString());

/** A Markdown table: dashboard vs bare vis-timeline, medians, and the ratio (dashboard / baseline; lower is better). */
export function formatResults(results: SizeResult[], runs: number, limitMs: number, bundle: BundleSize | null): string {
  const lines = [
    `Medians of ${runs} runs. Ratio = dashboard / bare vis-timeline (lower is better). ">N" = the baseline had not finished after N ms.`,
    '',
    '| events | metric | dashboard | bare vis-timeline | ratio |',
    '|---:|---|---:|---:|---:|',
  ];
  for (const r of results) {
    for (const [key, label, unit] of ROWS) {
      const d = median(r.dashboard.map((s) => s[key]));
      const timedOut = r.baselineTimeouts.includes(key);
      const b = timedOut ? limitMs : median(r.baseline.map((s) => s[key]));
      const ratio = d !== null && b ? `${timedOut ? '<' : ''}${(d / b).toFixed(2)}` : '—';
      lines.push(`| ${r.events} | ${label} (${unit}) | ${fmt(d, unit)} | ${timedOut ? `>${limitMs}` : fmt(b, unit)} | ${ratio} |`);
    }
    const zod = median(r.dashboard.map((s) => s.zodMainThread));
    lines.push(`| ${r.events} | zod validation if on main thread (ms; the app runs it in a worker) | ${fmt(zod, 'ms')} | — | — |`);
  }
  if (bundle) {
    const kB = (n: number) => `${(n / 1024).toFixed(1)} kB`;
    lines.push(
      '',
      `Production bundle (gzip -9): JS on first load ${kB(bundle.firstJsGzip)} (budget 190 kB); JS loaded on demand ${kB(bundle.onDemandJsGzip)}; ` +
        `validation worker ${kB(bundle.workerGzip)}; CSS ${kB(bundle.cssGzip)}.`,
      `Floor: the required packages alone (React, react-dom, TanStack Query, vis-timeline, vis-data; bench/floor) take ${kB(bundle.floorJsGzip)}, ` +
        `so the dashboard's own code and choices add ${kB(bundle.firstJsGzip - bundle.floorJsGzip)} on first load.`,
      '',
    );
    for (const f of bundle.files) lines.push(`- ${f.file} (${f.when}): ${kB(f.raw)} raw, ${kB(f.gzip)} gzip`);
  }
  return lines.join('\n');
}
