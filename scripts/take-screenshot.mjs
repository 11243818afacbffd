// Takes the README screenshot: node scripts/take-screenshot.mjs <url> <png>, against a running `vite preview`.
import { chromium } from 'playwright';

const [url = 'http://127.0.0.1:4173/', out = 'docs/screenshot.png'] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
await page.goto(url);
await page.getByRole('status').filter({ hasText: /events$/ }).first().waitFor();
await page.waitForTimeout(1000);
await page.screenshot({ path: out });
await browser.close();
