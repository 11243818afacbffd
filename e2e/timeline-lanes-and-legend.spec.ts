import { expect, test } from '@playwright/test';
import { EVENT_TYPES } from '../src/shared/schema';
import { dataset } from './support/published-data';

const unnamedEvents = dataset.events.filter((e) => !e.actors.length).length;
const countryName = (code: string) => new Intl.DisplayNames(['en'], { type: 'region' }).of(code) ?? code;

test('a reader switches lanes between conflict, country and official', async ({ page }) => {
  await page.goto('/');
  const timeline = page.getByTestId('timeline');
  const lanes = page.getByRole('group', { name: 'Lanes by' });
  await expect(timeline.locator('[data-event-id]')).toHaveCount(dataset.events.length);

  await lanes.getByRole('radio', { name: 'Country' }).check();
  const countries = [...new Set(dataset.events.flatMap((e) => e.countries))];
  for (const c of countries) await expect(timeline.getByText(countryName(c), { exact: true })).toBeVisible();
  // An event about two countries is drawn once in each country's lane. vis-timeline draws only the lanes in its
  // scroll viewport, so scroll down through them and count every (lane, event) pair seen on the way.
  const drawn = new Set<string>();
  for (let step = 0; step < 20; step++) {
    const pairs = await timeline.locator('.vis-group [data-event-id]').evaluateAll((els) =>
      els.map((el) => `${Array.from(el.closest('.vis-group')?.parentElement?.children ?? []).indexOf(el.closest('.vis-group') as Element)}:${(el as HTMLElement).dataset.eventId ?? ''}`),
    );
    for (const p of pairs) drawn.add(p);
    await timeline.hover();
    await page.mouse.wheel(0, 200);
  }
  expect(drawn.size).toBe(dataset.events.reduce((n, e) => n + Math.max(1, e.countries.length), 0));

  await lanes.getByRole('radio', { name: 'Official' }).check();
  const officials = dataset.people.filter((p) => dataset.events.some((e) => e.actors.includes(p.id)));
  for (const p of officials) await expect(timeline.getByText(p.name, { exact: false }).first()).toBeVisible();
  await expect(timeline.getByText('No named official', { exact: true })).toHaveCount(unnamedEvents ? 1 : 0);

  await lanes.getByRole('radio', { name: 'None' }).check();
  await expect(timeline.getByText('No named official', { exact: true })).toHaveCount(0);
  await expect(timeline.locator('[data-event-id]')).toHaveCount(dataset.events.length);
});

test('the legend names the event types on the timeline, and only those, and both date styles', async ({ page }) => {
  await page.goto('/');
  const legend = page.getByRole('region', { name: 'Legend' });
  const present = new Set(dataset.events.map((e) => e.type));
  for (const [id, t] of Object.entries(EVENT_TYPES)) {
    await expect(legend.getByText(t.label, { exact: true })).toHaveCount(present.has(id as keyof typeof EVENT_TYPES) ? 1 : 0);
  }
  await expect(legend).toContainText('Exact date');
  await expect(legend).toContainText('Uncertain date');
});
