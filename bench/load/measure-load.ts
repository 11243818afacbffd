import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'playwright';

export interface Profile {
  name: 'desktop' | 'phone';
  viewport: { width: number; height: number };
  mobile: boolean;
  /** DevTools throttling: CPU slowdown factor, and latency (ms) with throughput (bytes/s) each way. */
  cpu: number;
  network: { latency: number; download: number; upload: number } | null;
}

export const PROFILES: Profile[] = [
  { name: 'desktop', viewport: { width: 1280, height: 800 }, mobile: false, cpu: 1, network: null },
  // Lighthouse's "slow 4G" mobile profile, which is what most readers of a shared link have.
  { name: 'phone', viewport: { width: 375, height: 812 }, mobile: true, cpu: 4, network: { latency: 563, download: (1.44e6 / 8) * 0.9, upload: (675e3 / 8) * 0.9 } },
];

export interface LoadSample {
  firstPaint: number | null;
  firstItem: number | null;
  firstInScreen: number | null;
  /** JS transferred by requests made before the first item was inside the first screen. */
  jsBytes: number;
  /** All JS transferred by the time of measuring (a few frames after that), idle prefetches included. */
  jsBytesAll: number;
  longTasks: number;
  longTaskMs: number;
}

const PROBE = readFileSync(resolve('bench', 'load', 'load-probe.js'), 'utf8');

/** One cold load of `url` in a fresh context under `profile`; gives up waiting after `limitMs`. */
export async function measureLoad(browser: Browser, url: string, profile: Profile, limitMs: number): Promise<LoadSample> {
  const context = await browser.newContext({ viewport: profile.viewport, isMobile: profile.mobile, hasTouch: profile.mobile, deviceScaleFactor: profile.mobile ? 2 : 1 });
  try {
    const page = await context.newPage();
    await page.addInitScript(PROBE);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (profile.network)
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: profile.network.latency, downloadThroughput: profile.network.download, uploadThroughput: profile.network.upload });
    if (profile.cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
    await page.goto(url, { waitUntil: 'commit' });
    await page
      .waitForFunction(() => (window as unknown as { __load: { firstInScreen: number | null } }).__load.firstInScreen !== null, undefined, { timeout: limitMs, polling: 100 })
      .catch(() => undefined);
    // Two frames more, so that the paint of the frame that showed the item has its timing entry.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    return await page.evaluate(() => {
      const p = (window as unknown as { __load: { firstItem: number | null; firstInScreen: number | null; longTasks: number[] } }).__load;
      const paint = (performance.getEntriesByName('first-paint')[0] ?? performance.getEntriesByName('first-contentful-paint')[0])?.startTime ?? null;
      const scripts = performance.getEntriesByType('resource').filter((e) => /\.js($|\?)/.test(e.name)) as PerformanceResourceTiming[];
      // The first load is what was asked for before the first item was on screen; chunks prefetched after it (the
      // detail panel, list, export, fetched at idle) came in during the two frames and the polling that followed.
      // (No named functions in here: the runner's transform would wrap them in a helper the page does not have.)
      const shown = p.firstInScreen ?? Infinity;
      return {
        firstPaint: paint,
        firstItem: p.firstItem,
        firstInScreen: p.firstInScreen,
        jsBytes: scripts.filter((e) => e.startTime < shown).reduce((sum, e) => sum + e.transferSize, 0),
        jsBytesAll: scripts.reduce((sum, e) => sum + e.transferSize, 0),
        longTasks: p.longTasks.length,
        longTaskMs: p.longTasks.reduce((a, b) => a + b, 0),
      };
    });
  } finally {
    await context.close();
  }
}
