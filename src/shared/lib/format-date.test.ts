import { describe, expect, it } from 'vitest';
import { formatDay, formatDayRange, formatDayShort } from './format-date';

const intlLong = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const intlShort = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

// Every day of a leap year and of the years around the data, formatted by hand and by Intl's en-GB, must agree.
const days: string[] = [];
for (let t = Date.UTC(2023, 11, 25); t <= Date.UTC(2025, 0, 5); t += 86_400_000) days.push(new Date(t).toISOString().slice(0, 10));

describe('formatDay / formatDayShort', () => {
  it('reads every day of 2024 (and the days around it) as Intl en-GB reads it', () => {
    const differ = days.filter((iso) => {
      const at = new Date(`${iso}T00:00:00Z`);
      return formatDay(iso) !== intlLong.format(at) || formatDayShort(iso) !== intlShort.format(at);
    });
    expect(days).toHaveLength(378);
    expect(differ).toEqual([]);
  });

  it('reads the calendar day as written, not shifted by the clock', () => {
    expect(formatDay('2025-05-09')).toBe('9 May 2025');
    expect(formatDayShort('2025-09-03')).toBe('3 Sept 2025');
  });

  it('joins a span with an en dash, and a single day stays one day', () => {
    expect(formatDayRange('2025-05-08', '2025-05-09')).toBe('8 May 2025 – 9 May 2025');
    expect(formatDayRange('2025-05-08', '2025-05-08')).toBe('8 May 2025');
  });
});
