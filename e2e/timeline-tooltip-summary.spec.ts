import { expect, test } from '@playwright/test';
import { dataset, must } from './support/published-data';

for (const scheme of ['light', 'dark'] as const) {
  test(`resting the pointer on an event shows its summary in a tooltip (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const ev = must(dataset.events.find((e) => e.summary));
    await page.goto('/');
    const label = page.getByTestId('timeline').locator(`[data-event-id="${ev.id}"]`).first();
    await expect(label).toBeVisible({ timeout: 30_000 });
    await label.hover();
    const tooltip = page.getByRole('tooltip');
    await expect(tooltip).toBeVisible();
    // The summary is article text: it must read as exactly those characters.
    await expect(tooltip.getByText(must(ev.summary), { exact: true })).toBeVisible();
    await expect(tooltip.getByText(ev.title, { exact: true })).toBeVisible();
  });
}
