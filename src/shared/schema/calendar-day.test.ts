import { describe, expect, it } from 'vitest';
import { isCalendarDay } from './calendar-day';

/** The reference: what the calendar says, through Date, for every day string of a span of years. */
function existsByDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

describe('isCalendarDay', () => {
  it('agrees with the calendar on every month and day number from 1896 to 2104, leap years included', () => {
    const pad = (n: number) => String(n).padStart(2, '0');
    for (let y = 1896; y <= 2104; y++)
      for (let m = 0; m <= 13; m++)
        for (let d = 0; d <= 32; d++) {
          const s = `${y}-${pad(m)}-${pad(d)}`;
          expect(isCalendarDay(s), s).toBe(existsByDate(s));
        }
  });

  it('refuses other shapes', () => {
    for (const s of ['2025-5-09', '2025-05-09T00:00', ' 2025-05-09', '20250509', '', '2025-05-0x']) expect(isCalendarDay(s), s).toBe(false);
  });
});
