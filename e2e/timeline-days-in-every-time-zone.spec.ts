import { expect, test, type Locator, type Page } from '@playwright/test';
import { dataset } from './support/published-data';

const DAY = 86_400_000;

/**
 * Where the axis puts the start of a calendar day on screen. vis-timeline labels each day's column (classes such as
 * vis-day8 vis-may, in the reader's time zone); two columns give the scale, and the page's own clock says where a
 * day begins there.
 */
async function axisPosition(page: Page, year: number) {
  const columns = await page.getByTestId('timeline').locator('.vis-time-axis .vis-text.vis-minor').evaluateAll((els, y) =>
    els.flatMap((el) => {
      const classes = el.getAttribute('class') ?? '';
      const day = /\bvis-day(\d+)\b/.exec(classes)?.[1];
      const month = /\bvis-(january|february|march|april|may|june|july|august|september|october|november|december)\b/.exec(classes)?.[1];
      if (!day || !month) return [];
      const m = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'].indexOf(month);
      return [{ t: new Date(y, m, Number(day)).getTime(), x: el.getBoundingClientRect().left, text: el.textContent.trim(), day: Number(day) }];
    }),
    year,
  );
  const first = columns[0];
  const last = columns.at(-1);
  if (!first || !last || first.t === last.t) throw new Error('the axis shows too few day columns');
  const pxPerMs = (last.x - first.x) / (last.t - first.t);
  /** Screen x of the start of a local calendar day. */
  const at = (iso: string, plusDays = 0) =>
    page.evaluate(([d, n]) => {
      const [y = 0, m = 1, dd = 1] = d.split('-').map(Number);
      return new Date(y, m - 1, dd + n).getTime();
    }, [iso, plusDays] as const).then((t) => first.x + (t - first.t) * pxPerMs);
  return { at, columns };
}

/**
 * Whether an event's item lies on its own day(s) of the axis, to the pixel, and the column under its start is
 * labelled with its day. Until a resized screen is drawn the axis may show no day columns yet: not ready.
 */
async function placement(page: Page, date: { start: string; end: string }, label: Locator) {
  const axis = await axisPosition(page, Number(date.start.slice(0, 4))).catch(() => null);
  if (!axis) return { withinOnePixel: false, dayAgrees: false };
  const left = await axis.at(date.start);
  const right = await axis.at(date.end, 1);
  const box = await label.evaluate((el) => {
    const r = (el.closest('.vis-item') as HTMLElement).getBoundingClientRect();
    return { left: r.left, right: r.right };
  });
  // Axis and item agree on the day: a column that starts where the item starts is labelled with its day.
  const under = axis.columns.filter((c) => Math.abs(c.x - box.left) < 1.5);
  const dayAgrees = under.every((c) => c.day === Number(date.start.slice(8)));
  return { withinOnePixel: Math.max(Math.abs(box.left - left), Math.abs(box.right - right)) < 1.5, dayAgrees };
}

for (const timezoneId of ['America/New_York', 'Asia/Kolkata', 'Pacific/Kiritimati']) {
  test.describe(`in ${timezoneId}`, () => {
    test.use({ timezoneId, viewport: { width: 1400, height: 900 } });
    test.describe.configure({ timeout: 120_000 });

    test('each event lies within its own day(s) on the axis at day zoom', async ({ page }) => {
      await page.goto('/?lanes=none');
      // Loading and validating the data can take a while on a busy machine; this waits, it does not time anything.
      await expect(page.getByTestId('timeline').locator('[data-event-id]').first()).toBeVisible({ timeout: 30_000 });
      for (const ev of dataset.events) {
        // Two weeks or more around the event's days, so the axis labels each day's column (shorter windows label
        // weekdays); in whole UTC days, which the page shows on the reader's clock.
        const from = Date.parse(`${ev.date.start}T00:00:00Z`) - 5 * DAY;
        const to = Math.max(Date.parse(`${ev.date.end}T00:00:00Z`) + 6 * DAY, from + 16 * DAY);
        // An event uncertain over weeks needs a wider screen for the axis to keep a column per day (about 85 px each).
        await page.setViewportSize({ width: Math.max(1400, Math.ceil(((to - from) / DAY) * 85)), height: 900 });
        // Moving through history as the back button does, rather than reloading the page for every event.
        await page.evaluate((search) => {
          history.pushState(null, '', search);
          dispatchEvent(new PopStateEvent('popstate'));
        }, `/?lanes=none&start=${new Date(from).toISOString()}&end=${new Date(to).toISOString()}`);
        const label = page.getByTestId('timeline').locator(`[data-event-id="${ev.id}"]`);
        await expect(label).toBeVisible();
        // Measured until the page has drawn the new window: item and axis are read together each time.
        const misplacement = () => placement(page, ev.date, label);
        // A resized screen is redrawn in the frames after it: the measure is retried until both agree (longer on a busy machine).
        await expect.poll(misplacement, { message: `${ev.title} covers ${ev.date.start} to ${ev.date.end}`, timeout: 20_000 }).toEqual({ withinOnePixel: true, dayAgrees: true });
      }
    });
  });
}
