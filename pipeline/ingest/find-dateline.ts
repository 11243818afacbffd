import { MONTH as MONTH_WORD, monthIndex, WEEKDAY_ABBREVIATED } from '../lexicon/calendar-words';
import { NEWS_AGENCY } from '../lexicon/news-agencies';
import type { Range } from '../types';

const MONTH = String.raw`${MONTH_WORD}\.?`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const WEEKDAY = String.raw`(?:${WEEKDAY_ABBREVIATED},?\s+)?`;
/** An outlet's initials in a dateline, known by the dash or colon that ends the dateline after them: "(KNA) -". */
const OUTLET_INITIALS = String.raw`[A-Z][A-Z\d]{1,6}(?=\)\s*[-–—:])`;

/** A dateline: "date 2025-05-09", "Updated: May 09, 2025", "New Delhi, May 9 (PTI)", "9 May 2025". */
export interface Dateline extends Range {
  /** YYYY-MM-DD, or null when the dateline has no year and none could be found elsewhere. */
  published: string | null;
  text: string;
}

type Parts = { year: string | undefined; month: string; day: string };
const PATTERNS: { re: RegExp; parts: (m: RegExpExecArray) => Parts }[] = [
  // "date 2025-05-09", "Published: 2025-05-09", or an ISO date alone on its line.
  { re: /^[ \t]*(?:(?:date|dated|published(?: on)?|updated(?: on)?|posted(?: on)?)\s*[:\-–]?\s*)?(\d{4})-(\d{2})-(\d{2})\b/im, parts: (m) => ({ year: m[1], month: m[2] ?? '', day: m[3] ?? '' }) },
  // "Updated: May 09, 2025 10:15 IST", "Friday, May 9, 2025", "Published on 9 May 2025".
  {
    re: new RegExp(String.raw`^[ \t]*(?:(?:date|dated|published(?: on)?|updated(?: on)?|last updated(?: on)?|first published(?: on)?|posted(?: on)?)\s*[:\-–|]?\s*)?${WEEKDAY}(?:${MONTH}\s+${DAY},?\s+(\d{4})|${DAY}\s+${MONTH},?\s+(\d{4}))\b`, 'im'),
    parts: (m) => (m[1] ? { year: m[3], month: m[1], day: m[2] ?? '' } : { year: m[6], month: m[5] ?? '', day: m[4] ?? '' }),
  },
  // Wire datelines: "New Delhi, May 9 (PTI)", "WASHINGTON, May 9 (Reuters) -", "Islamabad [Pakistan], May 9 (ANI):";
  // a smaller outlet's initials count too when a dash or colon closes the dateline ("Kabul, May 9 (KNA)-").
  {
    re: new RegExp(String.raw`^[ \t]*[A-Z][A-Za-z .'-]{1,40}(?:\s*\[[A-Za-z ]+\])?,\s*(?:${MONTH}\s+${DAY}|${DAY}\s+${MONTH})(?:,?\s+(\d{4}))?\s*\((?:${NEWS_AGENCY}|${OUTLET_INITIALS})\)`, 'm'),
    parts: (m) => (m[1] ? { year: m[5], month: m[1], day: m[2] ?? '' } : { year: m[5], month: m[4] ?? '', day: m[3] ?? '' }),
  },
];

function monthNumber(name: string): string {
  if (/^\d+$/.test(name)) return name.padStart(2, '0');
  return String(monthIndex(name)).padStart(2, '0');
}

/** The year a year-less dateline most likely has: from a dated URL, else the first plausible year near the top. */
function guessYear(url: string | null, head: string): string | undefined {
  return /\/(20\d{2})[/-]\d{1,2}[/-]\d{1,2}\b/.exec(url ?? '')?.[1] ?? /\b(19[5-9]\d|20\d{2})\b/.exec(head)?.[1];
}

/** Finds a dateline in the first lines of the body. Only the top counts: a date deep in the text is news, not a dateline. */
export function findDateline(body: string, url: string | null = null): Dateline | null {
  const head = body.slice(0, 1500);
  let best: { m: RegExpExecArray; parts: Parts } | null = null;
  for (const p of PATTERNS) {
    const m = p.re.exec(head);
    if (m && (!best || m.index < best.m.index)) best = { m, parts: p.parts(m) };
  }
  if (!best) return null;
  const { m, parts } = best;
  const lead = /^\s*/.exec(m[0])?.[0].length ?? 0;
  const year = parts.year ?? guessYear(url, head);
  return {
    start: m.index + lead,
    end: m.index + m[0].length,
    text: m[0].slice(lead),
    published: year ? `${year}-${monthNumber(parts.month)}-${parts.day.padStart(2, '0')}` : null,
  };
}
