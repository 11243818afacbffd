import type { Article, EventDate, Precision } from '../../../shared/schema';
import { formatDay } from '../../../shared/lib/format-date';

export const PRECISION_LABEL: Record<Precision, string> = {
  day: 'exact day',
  week: 'within a week',
  month: 'within a month',
  approximate: 'approximate',
  unknown: 'date unknown',
};

/** Where the date came from, in words a reader can check: "'on Thursday', in an article published 9 May 2025". */
export function describeDateSource(date: EventDate, articles: ReadonlyMap<string, Article>, firstSource: string | undefined): string {
  const ev = date.evidence;
  if (ev) {
    const art = articles.get(ev.article);
    return art ? `'${ev.excerpt}', in an article published ${formatDay(art.published)}` : `'${ev.excerpt}'`;
  }
  const art = firstSource ? articles.get(firstSource) : undefined;
  const published = art ? ` (${formatDay(art.published)})` : '';
  switch (date.basis) {
    case 'publication':
      return `no date in the text; the article's publication date${published} is used`;
    case 'inherited':
      return `taken from an earlier date in the same article${published}`;
    case 'weekday-relative':
    case 'relative-phrase':
      return `a relative expression, resolved against the article's publication date${published}`;
    case 'explicit':
      return 'a date written in the article';
  }
}
