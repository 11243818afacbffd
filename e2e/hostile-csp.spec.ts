import { resultCount } from './support/published-data';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { datasetSchema } from '../src/shared/schema';

const dataset = datasetSchema.parse(JSON.parse(readFileSync('public/data/events.json', 'utf8')));

/** Records every CSP violation the page reports, from the first byte on. */
async function recordViolations(page: Page): Promise<string[]> {
  const fromConsole: string[] = [];
  page.on('console', (msg) => {
    if (/Content Security Policy/i.test(msg.text())) fromConsole.push(msg.text());
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[] };
    w.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      w.__cspViolations.push(`${e.effectiveDirective} ${e.blockedURI}`);
    });
  });
  return fromConsole;
}

const violationsIn = (page: Page) => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);

test('the built page carries a policy that allows only its own scripts', async ({ page }) => {
  await page.goto('/');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  const scriptSrc = csp?.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src '));
  expect(scriptSrc).toBe("script-src 'self'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("base-uri 'none'");
});

test('an inline script or inline event handler slipped into the page does not run', async ({ page }) => {
  await recordViolations(page);
  await page.goto('/');
  await expect(resultCount(page, `${dataset.events.length} events`)).toBeVisible();
  const ran = await page.evaluate(async () => {
    const w = window as unknown as Record<string, unknown>;
    const script = document.createElement('script');
    script.textContent = 'window.__inlineScriptRan = true;';
    document.body.append(script);
    const img = document.createElement('img');
    const failed = new Promise((resolve) => {
      img.addEventListener('error', resolve);
    });
    img.setAttribute('onerror', 'window.__inlineHandlerRan = true;');
    img.src = '/no-such-image.png';
    document.body.append(img);
    await failed;
    return { script: w.__inlineScriptRan === true, handler: w.__inlineHandlerRan === true };
  });
  expect(ran).toEqual({ script: false, handler: false });
  const violations = await violationsIn(page);
  expect(violations.filter((v) => v.startsWith('script-src')).length).toBeGreaterThanOrEqual(2);
});

test('the app works under its policy: loading, showing and selecting events trips no violation', async ({ page }) => {
  const consoleViolations = await recordViolations(page);
  await page.goto('/');
  const timeline = page.getByTestId('timeline');
  await expect(timeline.locator('[data-event-id]')).toHaveCount(dataset.events.length);
  for (const ev of dataset.events) await timeline.locator(`[data-event-id="${ev.id}"]`).click();
  expect(await violationsIn(page)).toEqual([]);
  expect(consoleViolations).toEqual([]);
});
