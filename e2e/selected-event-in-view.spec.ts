import { expect, test, type Page } from '@playwright/test';
import { CONFLICTS } from '../src/shared/schema';
import { dataset, escapeRegExp, must } from './support/published-data';

/** How far (in px) the selected item's box or label pokes out of the timeline's visible area; 0 when wholly in. */
function overflowOfSelected(page: Page) {
  return page.getByTestId('timeline').evaluate((tl) => {
    const centre = tl.querySelector('.vis-panel.vis-center')?.getBoundingClientRect();
    const item = tl.querySelector('.vis-item.vis-selected');
    const label = item?.querySelector('.tl-label');
    if (!centre || !item || !label) return Infinity;
    // What the reader sees of the events' panel: vis-timeline sizes it, and until it redraws after the timeline has
    // narrowed (the details opening beside it) it is wider than the timeline, which clips it.
    const box = tl.getBoundingClientRect();
    const view = { left: Math.max(centre.left, box.left), right: Math.min(centre.right, box.right), top: Math.max(centre.top, box.top), bottom: Math.min(centre.bottom, box.bottom) };
    let out = 0;
    for (const r of [item.getBoundingClientRect(), label.getBoundingClientRect()]) {
      out = Math.max(out, view.left - r.left, r.right - view.right, view.top - r.top, r.bottom - view.bottom);
    }
    return out;
  });
}

const selectedId = (page: Page) => new URL(page.url()).searchParams.get('event');
async function expectSelectedInView(page: Page, id: string) {
  await expect.poll(() => selectedId(page)).toBe(id);
  await expect.poll(() => overflowOfSelected(page), { message: `${id} and its label lie inside the timeline` }).toBeLessThanOrEqual(1);
}

const latest = must([...dataset.events].sort((a, b) => b.date.end.localeCompare(a.date.end) || b.title.length - a.title.length)[0]);
const earliest = must([...dataset.events].sort((a, b) => a.date.start.localeCompare(b.date.start))[0]);
const ready = async (page: Page) => {
  // Loading and validating the data can take a while on a busy machine; this waits, it does not time anything.
  await expect(page.getByTestId('timeline').locator('[data-event-id]').first()).toBeVisible({ timeout: 30_000 });
};

for (const viewport of [{ width: 1400, height: 900 }, { width: 375, height: 812 }]) {
  test.describe(`at ${viewport.width} px`, () => {
    test.use({ viewport });

    test('a clicked event stays wholly in view when the details open beside or below it', async ({ page }) => {
      await page.goto('/');
      await ready(page);
      await page.getByTestId('timeline').locator(`[data-event-id="${latest.id}"]`).first().click();
      await expect(page.getByRole('complementary', { name: 'Event details' })).toBeVisible();
      await expectSelectedInView(page, latest.id);
      // Previous and next move the view along with the selection.
      await page.getByRole('button', { name: '← Previous event' }).click();
      const previous = must(selectedId(page));
      expect(previous).not.toBe(latest.id);
      await expectSelectedInView(page, previous);
    });

    test('a deep link to an event outside the linked window shows the event', async ({ page }) => {
      await page.goto(`/?event=${earliest.id}&start=2025-06-01T00:00:00.000Z&end=2025-06-08T00:00:00.000Z`);
      await ready(page);
      await expect(page.getByRole('complementary', { name: 'Event details' }).getByRole('heading', { level: 2 })).toHaveText(earliest.title);
      await expectSelectedInView(page, earliest.id);
    });

    test('a keyboard-selected event is wholly in view, and focus comes back to it when the details close', async ({ page }) => {
      await page.goto('/');
      await ready(page);
      const item = page.getByTestId('timeline').locator(`[data-event-id="${latest.id}"]`).first();
      await item.focus();
      await page.keyboard.press('Enter');
      await expectSelectedInView(page, latest.id);
      await page.getByRole('button', { name: 'Close details' }).click();
      await expect(page.getByRole('complementary', { name: 'Event details' })).toHaveCount(0);
      await expect(page.getByTestId('timeline').locator(`[data-event-id="${latest.id}"]`).first()).toBeFocused();
    });
  });
}

test.describe('at 1400 px', () => {
  test.use({ viewport: { width: 1400, height: 900 } });

  test('after a conflict filter the selected event is still wholly in view', async ({ page }) => {
    const ev = must(dataset.events.find((e) => e.conflict === 'india-pakistan'));
    await page.goto(`/?event=${ev.id}&start=2025-04-01T00:00:00.000Z&end=2025-04-03T00:00:00.000Z`);
    await ready(page);
    await page.getByRole('group', { name: 'Conflict' }).getByRole('radio', { name: new RegExp(`^${escapeRegExp(CONFLICTS[ev.conflict].label)}`) }).check();
    await expect(page.getByRole('complementary', { name: 'Event details' }).getByRole('heading', { level: 2 })).toHaveText(ev.title);
    await expectSelectedInView(page, ev.id);
  });
});
