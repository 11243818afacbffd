import { chromium } from 'playwright';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync'] });
const p = await b.newPage({ viewport: { width: 1280, height: 720 } });
await p.goto(process.argv[2] ?? 'http://127.0.0.1:4173/');
await p.waitForTimeout(1500);
await p.screenshot({ path: process.argv[3] ?? 'docs/screenshot.png' });
await b.close();
