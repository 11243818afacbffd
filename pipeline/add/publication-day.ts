const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/i;

const pad = (n: number) => String(n).padStart(2, '0');

/** Minutes east of UTC of an offset as written ("+05:30", "-0400", "Z"). */
function offsetMinutes(offset: string): number {
  if (/^z$/i.test(offset)) return 0;
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(offset);
  if (!m) return 0;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

/** The UTC offset a timestamp is written in, or null when it names none. */
export function offsetOf(timestamp: string): string | null {
  return ISO.exec(timestamp.trim())?.[7] ?? null;
}

/**
 * The first offset other than UTC among a page's timestamps: the offset the newsroom publishes in. A page
 * that writes one date in UTC and the others in "+05:30" is read in "+05:30".
 */
export function pageOffset(timestamps: string[]): string | null {
  for (const t of timestamps) {
    const o = offsetOf(t);
    if (o !== null && offsetMinutes(o) !== 0) return o;
  }
  return null;
}

export interface Day {
  /** YYYY-MM-DD */
  day: string;
  /** How the day was read from the timestamp, for the provenance note; null when it was read as written. */
  note: string | null;
}

function realDay(y: number, m: number, d: number): string | null {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d ? `${y}-${pad(m)}-${pad(d)}` : null;
}

/**
 * The publication day of a timestamp, in the page's own offset: "2025-05-11T01:10:00+05:30" is 11 May
 * even though it is 10 May in UTC. A UTC timestamp is moved into the page's offset when the page has one.
 */
export function publicationDay(timestamp: string, offsetOfPage: string | null): Day | null {
  const m = ISO.exec(timestamp.trim());
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const written = realDay(y, mo, d);
    if (!written) return null;
    const zone = m[7];
    if (m[4] === undefined || zone === undefined || offsetMinutes(zone) !== 0 || offsetOfPage === null || offsetMinutes(offsetOfPage) === 0) return { day: written, note: null };
    const local = new Date(Date.UTC(y, mo - 1, d, Number(m[4]), Number(m[5]), Number(m[6] ?? 0)) + offsetMinutes(offsetOfPage) * 60_000);
    const day = `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
    return { day, note: `a UTC time, read in the page's own offset ${offsetOfPage}` };
  }
  // "May 9, 2025 10:15 IST", "Fri, 9 May 2025": the day as written.
  const named = /\b(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/.exec(timestamp) ?? /\b([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})\b/.exec(timestamp);
  if (!named) return null;
  const first = named[1] ?? '';
  const [dayText, monthText] = /^\d/.test(first) ? [first, named[2] ?? ''] : [named[2] ?? '', first];
  const month = MONTHS.indexOf(monthText.slice(0, 3).toLowerCase()) + 1;
  if (month === 0) return null;
  const day = realDay(Number(named[3]), month, Number(dayText));
  return day ? { day, note: null } : null;
}

/** A date in a URL path: /2025/05/09/, /2025/may/16/, /2025-05-09-, /20250509/. */
export function dateInUrl(url: string): string | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m =
    /\/((?:19|20)\d{2})\/(\d{1,2}|[a-z]{3,9})\/(\d{1,2})(?=\/|$|[-_])/i.exec(path) ??
    /[/_-]((?:19|20)\d{2})-(\d{2})-(\d{2})(?=\/|$|[-_.])/.exec(path) ??
    /\/((?:19|20)\d{2})(\d{2})(\d{2})(?=\/|$|[-_])/.exec(path);
  if (!m) return null;
  const monthText = m[2] ?? '';
  const month = /^\d+$/.test(monthText) ? Number(monthText) : MONTHS.indexOf(monthText.slice(0, 3).toLowerCase()) + 1;
  return month >= 1 ? realDay(Number(m[1]), month, Number(m[3])) : null;
}
