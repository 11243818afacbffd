// Calendar days are formatted by hand rather than with Intl.DateTimeFormat: building a formatter loads the locale's
// data (about 5 ms, once per formatter, on the first screen's critical path) for what is a table of month names.
// The names are those of Intl's en-GB ("9 May 2025", "3 Sept 2025"); format-date.test.ts holds the two equal.
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];

function parts(iso: string): [number, number, string] {
  const [y = '', m = '', d = ''] = iso.split('-');
  return [Number(d), Number(m) - 1, y];
}

/** "2025-05-09" -> "9 May 2025", read as a calendar day so no time zone shifts it. */
export function formatDay(iso: string): string {
  const [d, m, y] = parts(iso);
  return `${d} ${MONTHS[m] ?? '?'} ${y}`;
}

/** "2025-09-03" -> "3 Sept 2025": the short form, for labels where space is tight. */
export function formatDayShort(iso: string): string {
  const [d, m, y] = parts(iso);
  return `${d} ${SHORT_MONTHS[m] ?? '?'} ${y}`;
}

/** The calendar day on the reader's clock at an instant, as an ISO date ("2025-05-09"). */
export function localIsoDay(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** A day or an inclusive span of days: "9 May 2025" or "8 May 2025 – 9 May 2025". */
export function formatDayRange(start: string, end: string): string {
  return start === end ? formatDay(start) : `${formatDay(start)} – ${formatDay(end)}`;
}
