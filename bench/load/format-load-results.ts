import type { LoadSample } from './measure-load';

export interface LoadRow {
  dataset: string;
  profile: 'desktop' | 'phone';
  app: LoadSample[];
  floor: LoadSample[];
  bare: LoadSample[];
}

const median = (xs: (number | null)[]): number | null => {
  if (xs.some((x) => x === null)) return null; // A run that never got there: the median is "over the limit".
  const s = (xs as number[]).toSorted((a, b) => a - b);
  if (!s.length) return null;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? null) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};
const ms = (v: number | null, limit: number) => (v === null ? `> ${limit / 1000} s` : `${Math.round(v).toLocaleString('en')} ms`);
const kB = (v: number | null) => (v === null ? '–' : `${(v / 1024).toFixed(1)} kB`);
const ratio = (a: number | null, b: number | null) => (a === null || b === null ? '–' : (a / b).toFixed(2));

/** One line per dataset, profile and page: medians, and the app's ratio to the floor page of the same run. */
export function formatLoadResults(rows: LoadRow[], runs: number, limitMs: number, load: { before: number; after: number }): string {
  const lines = [
    `Load benchmark: cold loads in headless Chromium, medians of ${runs}, pages interleaved; machine load average ${load.before.toFixed(1)} before, ${load.after.toFixed(1)} after.`,
    'Phone: 375x812, CPU 4x slower, 563 ms latency, 1.44 Mbit/s down, 675 kbit/s up (DevTools protocol). Desktop: 1280x800, no throttling.',
    '',
    '| data | profile | page | first paint | first item | first item on first screen | vs floor | JS before it on screen (all by then) | long tasks (until on screen) |',
    '|---|---|---|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of rows) {
    const floorScreen = median(r.floor.map((s) => s.firstInScreen));
    for (const page of ['app', 'floor', 'bare'] as const) {
      const s = r[page];
      const screen = median(s.map((x) => x.firstInScreen));
      const js = median(s.map((x) => x.jsBytes));
      const jsAll = median(s.map((x) => x.jsBytesAll));
      lines.push(
        `| ${r.dataset} | ${r.profile} | ${page} | ${ms(median(s.map((x) => x.firstPaint)), limitMs)} | ${ms(median(s.map((x) => x.firstItem)), limitMs)} | ${ms(screen, limitMs)} | ${ratio(screen, floorScreen)} | ${kB(js)} (${kB(jsAll)}) | ${median(s.map((x) => x.longTasks)) ?? '–'} (${ms(median(s.map((x) => x.longTaskMs)), limitMs)}) |`,
      );
    }
  }
  return lines.join('\n');
}
