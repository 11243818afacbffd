import { expect, test } from '@playwright/test';

// The first draw fits the window to the width the events will have beside the lane names, worked out before the
// lanes are laid out. If that width were wrong, the fit made once the widths are known would move every event a
// moment after the reader first saw it; so would labels measured (as text, before they are drawn) wider or narrower
// than they are drawn, since the fit after the first frame uses the drawn ones. Positions are taken in the first frame
// that shows an event, and may move by at most a pixel (rounding).
const CASES = [
  { name: 'wide, lanes by conflict', viewport: { width: 1280, height: 800 }, query: '' },
  { name: 'wide, lanes by country', viewport: { width: 1280, height: 800 }, query: '?lanes=country' },
  { name: 'phone, lanes by conflict', viewport: { width: 375, height: 812 }, query: '' },
  { name: 'phone, lanes by official', viewport: { width: 375, height: 812 }, query: '?lanes=official' },
];

for (const c of CASES) {
  test(`events stay where they were first drawn (${c.name})`, async ({ page }) => {
    await page.setViewportSize(c.viewport);
    await page.addInitScript(() => {
      (window as unknown as { __firstDrawn: Record<string, number> | null }).__firstDrawn = null;
      const look = () => {
        const items = [...document.querySelectorAll<HTMLElement>('.vis-item [data-event-id]')];
        if (items.length === 0) {
          requestAnimationFrame(look);
          return;
        }
        (window as unknown as { __firstDrawn: Record<string, number> }).__firstDrawn = Object.fromEntries(
          items.map((el) => [el.dataset.eventId ?? '', el.getBoundingClientRect().left]),
        );
      };
      requestAnimationFrame(look);
    });
    await page.goto(`/${c.query}`);
    await expect(page.getByTestId('timeline').locator('[data-event-id]').first()).toBeVisible();
    await page.waitForFunction(() => (window as unknown as { __firstDrawn: unknown }).__firstDrawn !== null);
    // Settled: the fit made after the first frame, and the redraw it causes, are done within a few frames.
    await page.evaluate(() => new Promise<void>((resolve) => {
      let frames = 30;
      const next = () => { if (--frames > 0) requestAnimationFrame(next); else resolve(); };
      requestAnimationFrame(next);
    }));
    const { first, now } = await page.evaluate(() => {
      const first = (window as unknown as { __firstDrawn: Record<string, number> }).__firstDrawn;
      const now = Object.fromEntries(
        [...document.querySelectorAll<HTMLElement>('.vis-item [data-event-id]')].map((el) => [el.dataset.eventId ?? '', el.getBoundingClientRect().left]),
      );
      return { first, now };
    });
    const ids = Object.keys(first);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(Math.abs((now[id] ?? Infinity) - (first[id] ?? 0)), `event ${id} moved`).toBeLessThanOrEqual(1);
  });
}
