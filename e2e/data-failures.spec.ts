import { resultCount } from './support/published-data';
import { readFileSync } from 'node:fs';
import { expect, test, type Page, type Route } from '@playwright/test';
import { datasetSchema } from '../src/shared/schema';

/** A machine shared with other work can take seconds to refetch and parse; that is not what these tests judge. */
const LOADED = { timeout: 20_000 };

const realEvents = datasetSchema.parse(JSON.parse(readFileSync('public/data/events.json', 'utf8'))).events.length;
/** What the app loads first: the index of articles, people and shards. */
const INDEX = 'index.json';
const realIndex = readFileSync(`public/data/${INDEX}`, 'utf8');
const FIRST_SHARD = (JSON.parse(realIndex) as { shards: { file: string }[] }).shards[0]?.file ?? 'no shard';

/** The real first shard with one edit, so the failure is exactly that edit. */
function realShardWith(edit: (shard: { events: { date: { start: string } }[] }) => void): string {
  const shard = JSON.parse(readFileSync(`public/data/${FIRST_SHARD}`, 'utf8')) as { events: { date: { start: string } }[] };
  edit(shard);
  return JSON.stringify(shard);
}

type Fault = (route: Route) => Promise<void>;
const json = (body: string): Fault => (route) => route.fulfill({ status: 200, contentType: 'application/json', body });

/** Each fault hits one file (the index unless named) and the message must name that file. */
const CASES: { name: string; fault: Fault; says: RegExp; file?: string }[] = [
  { name: 'missing (404)', fault: (r) => r.fulfill({ status: 404, body: 'Not found' }), says: /the server answered 404/ },
  { name: 'a server error (500)', fault: (r) => r.fulfill({ status: 500, body: 'Internal Server Error' }), says: /the server answered 500/ },
  { name: 'unreachable', fault: (r) => r.abort('connectionrefused'), says: /network error/ },
  { name: 'truncated half-way', fault: json(realIndex.slice(0, Math.floor(realIndex.length / 2))), says: /the file is empty or cut off/ },
  { name: 'a shard that is missing (404)', file: FIRST_SHARD, fault: (r) => r.fulfill({ status: 404, body: 'Not found' }), says: /the server answered 404/ },
  { name: 'empty', fault: json(''), says: /the file is empty or cut off/ },
  { name: 'not JSON', fault: json('schemaVersion: 1\nevents: []\n'), says: /not valid JSON/ },
  {
    name: 'a web page served in its place',
    fault: (r) => r.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Home</title><p>Welcome</p>' }),
    says: /sent a web page instead of JSON/,
  },
  { name: 'JSON of another shape', fault: json('{"events":[]}'), says: /does not match the schema at schemaVersion/ },
  {
    name: 'an impossible date',
    file: FIRST_SHARD,
    fault: json(realShardWith((shard) => ((shard.events[0] ?? { date: { start: '' } }).date.start = '2025-02-30'))),
    says: /does not match the schema at events\.0\.date\.start: not a real calendar date/,
  },
];

/** Faults the request for one data file until `heal()` is called; afterwards the real file is served. */
async function faultUntilHealed(page: Page, fault: Fault, file = INDEX) {
  let healed = false;
  let requests = 0;
  await page.route(`**/data/${file}`, async (route) => {
    requests++;
    if (healed) await route.fallback();
    else await fault(route);
  });
  return {
    heal: () => (healed = true),
    requests: () => requests,
  };
}

function collectPageErrors(page: Page): Error[] {
  const errors: Error[] = [];
  page.on('pageerror', (e) => errors.push(e));
  return errors;
}

for (const { name, fault, says, file = INDEX } of CASES) {
  test(`data that is ${name}: the reader is told what is wrong, and Retry loads it once it is fixed`, async ({ page }) => {
    test.slow(); // two page loads and a refetch, on a shared machine
    const errors = collectPageErrors(page);
    const server = await faultUntilHealed(page, fault, file);
    await page.goto('/');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('The event data could not be loaded');
    await expect(alert).toContainText(says);
    await expect(alert).toContainText(`data/${file}`);

    const before = server.requests();
    server.heal();
    await page.getByRole('button', { name: 'Retry' }).click();
    await expect(resultCount(page, `${realEvents} events`)).toBeVisible(LOADED);
    await expect(page.getByTestId('timeline').locator('[data-event-id]')).toHaveCount(realEvents, LOADED);
    await expect(alert).toHaveCount(0);
    expect(server.requests()).toBeGreaterThan(before);
    expect(errors).toEqual([]);
  });
}

test('data that never arrives: each attempt is cut off at 20 s, the reader is told, and Retry works', async ({ page }) => {
  test.slow(); // forty fake seconds are stepped through one by one, then the page loads again
  const errors = collectPageErrors(page);
  await page.clock.install();
  // A server that accepts the request and never answers: the handler neither fulfils nor continues it.
  const server = await faultUntilHealed(page, () => Promise.resolve());
  await page.goto('/');
  const loading = page.getByRole('status').filter({ hasText: 'Loading events' });
  await expect(loading).toBeAttached();
  await expect.poll(() => server.requests()).toBe(1);

  await page.clock.runFor(19_000);
  await expect(loading).toBeAttached();
  const alert = page.getByRole('alert');
  // The app may retry on its own; keep the fake clock moving until it gives up and says so.
  await expect
    .poll(async () => {
      await page.clock.runFor(1_000);
      return alert.count();
    }, { intervals: [100], timeout: 30_000 })
    .toBe(1);
  await expect(alert).toContainText('no complete answer after 20 s');

  await page.clock.resume();
  server.heal();
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(resultCount(page, `${realEvents} events`)).toBeVisible(LOADED);
  expect(errors).toEqual([]);
});
