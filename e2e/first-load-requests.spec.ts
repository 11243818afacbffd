import { expect, test } from '@playwright/test';

// The page can start only once its entry script and everything the entry imports have arrived. One script, with
// nothing split out of it that the first screen needs, is one request; a dozen small shared chunks (what a top-level
// await in the entry makes the bundler do) are a dozen more before anything runs, several round trips on a phone.
test('the built page starts from one script, with no chunks to fetch before it can run', async ({ request }) => {
  const html = await (await request.get('/')).text();
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts).toHaveLength(1);
  expect(scripts[0]).toMatch(/type="module"[^>]*src="[^"]*\/assets\/index-[^"]+\.js"/);
  expect(html).not.toContain('rel="modulepreload"');
});
