import type { Browser } from 'playwright';
import { median } from './format-results';

/** One run on the contacts page: the view switch, and each zoom step's redraw of the line and of the timeline. */
export interface ContactsSample {
  /** After an idle moment on the timeline, in which the page works out the contacts ahead (as the dashboard does). */
  toContacts: number;
  back: number;
  /** Straight after the first items, with nothing worked out ahead (the page is told not to). */
  coldToContacts: number;
  coldBack: number;
  lineZoom: number[];
  timelineZoom: number[];
}

/** Windows from the whole span down to 1/64 of it, around its middle: the zoom-in a reader makes with the + key. */
export function zoomSteps(startMs: number, endMs: number, steps = 7): [number, number][] {
  const mid = (startMs + endMs) / 2;
  return Array.from({ length: steps }, (_, k) => {
    const half = (endMs - startMs) / 2 / 2 ** k;
    return [mid - half, mid + half] as [number, number];
  });
}

async function openPage(browser: Browser, url: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => window.bench.firstItemsMs !== undefined, undefined, { timeout: 0, polling: 50 });
  return { context, page };
}

export async function measureContacts(browser: Browser, url: string, span: [number, number]): Promise<ContactsSample> {
  const cold = await openPage(browser, `${url}&prepare=no`);
  let coldToContacts: number;
  let coldBack: number;
  try {
    ({ there: coldToContacts, back: coldBack } = await cold.page.evaluate(() => window.bench.switchToContactsAndBack?.() ?? { there: NaN, back: NaN }));
  } finally {
    await cold.context.close();
  }
  const { context, page } = await openPage(browser, url);
  try {
    // A reader looks at the timeline before switching: the page gets an idle moment (the callbacks run in order, so
    // the page's own, asked for earlier, has run when this one does).
    await page.evaluate(() => new Promise<void>((resolve) => { requestIdleCallback(() => { resolve(); }); }));
    const { there, back } = await page.evaluate(() => window.bench.switchToContactsAndBack?.() ?? { there: NaN, back: NaN });
    const lineZoom: number[] = [];
    const timelineZoom: number[] = [];
    for (const [s, e] of zoomSteps(...span)) {
      lineZoom.push(await page.evaluate(([a, b]: [number, number]) => window.bench.lineWindow?.(a, b) ?? NaN, [s, e] as [number, number]));
      timelineZoom.push(await page.evaluate(([a, b]: [number, number]) => window.bench.timelineWindow?.(a, b) ?? NaN, [s, e] as [number, number]));
    }
    return { toContacts: there, back, coldToContacts, coldBack, lineZoom, timelineZoom };
  } finally {
    await context.close();
  }
}

const TARGET_SWITCH_MS = 300;
const TARGET_LINE_MS = 100;

/** Medians over runs (and over zoom steps for the redraws), against the targets and the timeline's own redraw. */
export function formatContacts(results: { events: number; samples: ContactsSample[] }[]): string {
  const ms = (x: number | null) => (x === null ? '—' : `${Math.round(x)}`);
  const ratio = (a: number | null, b: number | null) => (a !== null && b ? (a / b).toFixed(2) : '—');
  const lines = [
    'Contacts view and cooperation–conflict line (medians; a redraw is from the new window to the next paint).',
    '',
    '| events | step | ms | target | ratio to target | timeline redraw, same window (ms) | ratio to timeline |',
    '|---:|---|---:|---:|---:|---:|---:|',
  ];
  for (const { events, samples } of results) {
    const there = median(samples.map((s) => s.toContacts));
    const back = median(samples.map((s) => s.back));
    const both = median(samples.map((s) => s.toContacts + s.back));
    const coldThere = median(samples.map((s) => s.coldToContacts));
    const coldBoth = median(samples.map((s) => s.coldToContacts + s.coldBack));
    const line = median(samples.flatMap((s) => s.lineZoom));
    const lineMax = median(samples.map((s) => Math.max(...s.lineZoom)));
    const tl = median(samples.flatMap((s) => s.timelineZoom));
    lines.push(
      `| ${events} | timeline → contacts | ${ms(there)} | — | — | — | — |`,
      `| ${events} | contacts → timeline | ${ms(back)} | — | — | — | — |`,
      `| ${events} | switch to contacts and back | ${ms(both)} | ${TARGET_SWITCH_MS} | ${ratio(both, TARGET_SWITCH_MS)} | — | — |`,
      `| ${events} | timeline → contacts, nothing worked out ahead | ${ms(coldThere)} | — | — | — | — |`,
      `| ${events} | switch to contacts and back, nothing worked out ahead | ${ms(coldBoth)} | ${TARGET_SWITCH_MS} | ${ratio(coldBoth, TARGET_SWITCH_MS)} | — | — |`,
      `| ${events} | line redraw on zoom (median of steps) | ${ms(line)} | ${TARGET_LINE_MS} | ${ratio(line, TARGET_LINE_MS)} | ${ms(tl)} | ${ratio(line, tl)} |`,
      `| ${events} | line redraw on zoom (slowest step) | ${ms(lineMax)} | ${TARGET_LINE_MS} | ${ratio(lineMax, TARGET_LINE_MS)} | — | — |`,
    );
  }
  return lines.join('\n');
}
