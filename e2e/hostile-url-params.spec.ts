import { expect, test } from '@playwright/test';
import { countText, total, resultCount } from './support/published-data';

const payload = '<script>window.__pwned=1</script>';
const imgPayload = '<img src=x onerror="window.__pwned=2">';

test('hostile and malformed link parameters are ignored with a notice, and nothing runs', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  const q = new URLSearchParams({
    conflict: payload,
    from: '2025-02-30',
    to: 'javascript:alert(1)',
    event: 'no-such-event-anywhere',
    country: `IN,${imgPayload}`,
    view: imgPayload,
    start: 'NaN',
    end: '99999-01-01',
  });
  await page.goto(`/?${q.toString()}`);

  const notice = page.getByRole('status').filter({ hasText: 'Some settings in the link could not be used' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('Unknown conflict');
  await expect(notice).toContainText('Invalid start date');
  await expect(notice).toContainText('not found');
  // The payload is shown back as inert text, never as markup.
  await expect(notice).toContainText('<script>');
  await expect(page.locator('img')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(requests.filter((u) => new URL(u).pathname === '/x')).toEqual([]);

  // The app still works, and the URL no longer carries the bad values.
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
  const params = new URL(page.url()).searchParams;
  for (const key of ['conflict', 'from', 'to', 'event', 'view', 'start', 'end']) expect(params.get(key)).toBeNull();
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
});

test('a script payload as search text is searched for as text', async ({ page }) => {
  await page.goto(`/?q=${encodeURIComponent(payload)}`);
  await expect(page.getByRole('searchbox', { name: 'Search titles, excerpts and article text' })).toHaveValue(payload);
  await expect(page.getByRole('heading', { name: 'No events match these filters' })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await page.getByRole('button', { name: 'Clear filters', exact: true }).click();
  await expect(resultCount(page, countText(total))).toBeVisible();
});
