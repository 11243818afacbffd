import type { Article, EventDate } from '../schema';
import { formatDay } from './format-date';

/** Known to the day: the only dates drawn and written without ≈. */
export function isExactDate(date: EventDate): boolean {
  return date.precision === 'day' && date.start === date.end;
}

/** "8 May 2025", or for an uncertain date "≈ 2 May 2025 – 9 May 2025" (every day it may fall on). */
export function formatEventDate(date: EventDate): string {
  const days = date.start === date.end ? formatDay(date.start) : `${formatDay(date.start)} – ${formatDay(date.end)}`;
  return isExactDate(date) ? days : `≈ ${days}`;
}

/**
 * Why a date is not known to the day, in words a reader can check; null when it is. `published` is the
 * publication day of the article the date was read from.
 */
export function whyUncertain(date: EventDate, published: Article | undefined): string | null {
  if (isExactDate(date)) return null;
  const span = date.start === date.end ? `on or about ${formatDay(date.start)}` : `on any day from ${formatDay(date.start)} to ${formatDay(date.end)}`;
  const words = date.evidence ? `“${date.evidence.excerpt}”` : null;
  const pub = published ? `, published ${formatDay(published.published)}` : '';
  switch (date.basis) {
    case 'publication':
      return `The article${pub}${pub ? ',' : ''} gives no date for this, so it may have happened ${span}: the days before publication that the text allows.`;
    case 'inherited':
      return `Its own sentence gives no date; it takes the date of an earlier sentence in the article${pub}, which may not be its own, so it is placed ${span}.`;
    case 'relative-phrase':
    case 'weekday-relative':
      return `The text dates it only loosely (${words ?? 'a relative expression'}), counted from the article${pub}, so it may have happened ${span}.`;
    case 'explicit':
      return `The text names ${date.precision === 'month' ? 'only the month' : date.precision === 'week' ? 'only the week' : 'no single day'}${words ? ` (${words})` : ''}, so it may have happened ${span}.`;
  }
}
