const dayMonthYear = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2025-05-09" -> "9 May 2025", read as a calendar day (UTC) so no time zone shifts it. */
export function formatDay(iso: string): string {
  return dayMonthYear.format(new Date(`${iso}T00:00:00Z`));
}

/** A day or an inclusive span of days: "9 May 2025" or "8 May 2025 – 9 May 2025". */
export function formatDayRange(start: string, end: string): string {
  return start === end ? formatDay(start) : `${formatDay(start)} – ${formatDay(end)}`;
}
