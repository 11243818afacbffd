import { expect, test } from '@playwright/test';

// The timeline's status ("All n events drawn one by one", or how many of them) is rendered in the same frame as the
// first events it counts: until 7 December it was rendered a task after that frame, which showed "0 of n events"
// for a frame (and told screen readers so) before correcting itself.
const CASES = [
  { name: 'wide', viewport: { width: 1280, height: 800 } },
  { name: 'phone', viewport: { width: 375, height: 812 } },
];

for (const c of CASES) {
  test(`the timeline's status counts the events in the frame that first shows them (${c.name})`, async ({ page }) => {
    await page.setViewportSize(c.viewport);
    await page.addInitScript(() => {
      const w = window as unknown as { __firstStatus: string | null };
      w.__firstStatus = null;
      const look = () => {
        if (!document.querySelector('.vis-item [data-event-id]')) {
          requestAnimationFrame(look);
          return;
        }
        w.__firstStatus = document.querySelector('[aria-label="Timeline zoom"] + [role="status"]')?.textContent ?? '';
      };
      requestAnimationFrame(look);
    });
    await page.goto('/');
    const status = page.getByLabel('Timeline zoom').locator('xpath=following-sibling::*[@role="status"]');
    await expect(status).toHaveText(/^All \d+ events drawn one by one$/);
    const first = await (await page.waitForFunction(() => (window as unknown as { __firstStatus: string | null }).__firstStatus)).jsonValue();
    expect(first).toBe(await status.textContent());
  });
}
