import { expect, test } from '@playwright/test';

// On a wide screen the default view's first events are drawn before React renders the dashboard (src/app/
// predraw-first-view.ts): the frame that first shows them comes before React's render and commit of the page, and the
// dashboard then adopts that very timeline rather than building another.
test('on a wide screen the first events are drawn before the dashboard renders, and the dashboard keeps that timeline', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.addInitScript(() => {
    const w = window as unknown as { __first: { dashboard: boolean } | null };
    w.__first = null;
    const look = () => {
      const timeline = document.querySelector<HTMLElement>('[data-testid="timeline"]');
      if (!timeline?.querySelector('.vis-item [data-event-id]')) {
        requestAnimationFrame(look);
        return;
      }
      timeline.dataset.firstFrame = 'yes';
      w.__first = { dashboard: document.querySelector('main#results') !== null };
    };
    requestAnimationFrame(look);
  });
  await page.goto('/');
  await expect(page.getByRole('main')).toBeVisible();
  const first = await (await page.waitForFunction(() => (window as unknown as { __first: unknown }).__first)).jsonValue();
  expect(first).toEqual({ dashboard: false });
  await expect(page.getByTestId('timeline')).toHaveAttribute('data-first-frame', 'yes');
  await expect(page.getByTestId('timeline')).toHaveCount(1);
  // It still works as the dashboard's timeline: a click on an event opens it.
  await page.getByTestId('timeline').locator('[data-event-id]').first().click();
  await expect(page).toHaveURL(/event=/);
});
