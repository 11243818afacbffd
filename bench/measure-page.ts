import type { Browser, Page } from 'playwright';

export interface Sample {
  firstItems: number | null;
  heapMB: number | null;
  filterApply: number | null;
  filterClear: number | null;
  click: number | null;
  zoomOut: number | null;
  zodMainThread?: number | null;
}
export type Metric = keyof Sample;

const TIMEOUT = 'timeout';
/** A step that takes longer than this is recorded as "over the limit" and the page is abandoned. */
async function within<T>(ms: number, p: Promise<T>): Promise<T | typeof TIMEOUT> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const t = new Promise<typeof TIMEOUT>((r) => (timer = setTimeout(() => { r(TIMEOUT); }, ms)));
  try {
    return await Promise.race([p, t]);
  } finally {
    clearTimeout(timer);
  }
}

async function clickAnItem(page: Page, selector: string): Promise<number | null> {
  await page.evaluate(() => (window.bench.clickMs = undefined));
  // The duration is taken inside the page from pointerdown, so Playwright's own actionability checks do not count.
  await page.locator(selector).first().click({ timeout: 30_000 });
  await page.waitForFunction(() => window.bench.clickMs !== undefined, undefined, { timeout: 30_000 });
  return page.evaluate(() => window.bench.clickMs ?? null);
}

/**
 * One run on one page, in a fresh context: first items, heap, filter apply and clear, click, zoom out.
 * `limitMs` caps each step; a step over it is null and `timedOut` names it.
 */
export async function measurePage(browser: Browser, url: string, kind: 'dashboard' | 'baseline', zoomDay: number, limitMs: number, skip: Set<Metric>) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const sample: Sample = { firstItems: null, heapMB: null, filterApply: null, filterClear: null, click: null, zoomOut: null };
  const timedOut: Metric[] = [];
  const step = async <K extends Metric>(name: K, run: () => Promise<Sample[K]>) => {
    if (skip.has(name) || timedOut.length) return;
    try {
      const v = await within(limitMs, run());
      if (v === TIMEOUT) timedOut.push(name);
      else sample[name] = v;
    } catch (e) {
      console.warn(`${kind} ${url}: ${name} failed: ${(e as Error).message.split('\n')[0] ?? ''}`);
    }
  };
  try {
    await step('firstItems', async () => {
      await page.goto(url);
      await page.waitForFunction(() => window.bench.firstItemsMs !== undefined, undefined, { timeout: 0, polling: 50 });
      return page.evaluate(() => window.bench.firstItemsMs ?? null);
    });
    await step('heapMB', async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      return usedSize / 1048576;
    });
    await step('filterApply', () => page.evaluate(() => window.bench.filter('india-pakistan')));
    await step('filterClear', () => page.evaluate(() => window.bench.filter(null)));
    await step('click', async () => {
      await page.evaluate((d) => window.bench.zoomTo(d, d + 3 * 86_400_000), zoomDay);
      return clickAnItem(page, kind === 'dashboard' ? '[data-event-id]' : '.vis-item.vis-box .vis-item-content');
    });
    await step('zoomOut', () => page.evaluate(() => window.bench.zoomOut()));
    if (kind === 'dashboard') await step('zodMainThread', () => page.evaluate(() => window.bench.validateOnMainThread?.() ?? null));
  } finally {
    // Closing the context also ends a renderer still busy with a step that timed out.
    await within(10_000, context.close());
  }
  return { sample, timedOut };
}
