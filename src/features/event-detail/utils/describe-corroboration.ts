import type { Article, TimelineEvent } from '../../../shared/schema';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * What the sources support, and no more: independent publishers only when publishers are known, and otherwise
 * the number of articles, saying that their publishers are unknown.
 */
export function describeCorroboration(ev: TimelineEvent, articles: ReadonlyMap<string, Article>): string {
  const ids = [...new Set(ev.sources.map((s) => s.article))];
  const unknown = ids.filter((id) => !articles.get(id)?.publisher).length;
  const unknownText = `${plural(unknown, 'article')} (publisher${unknown === 1 ? '' : 's'} unknown)`;
  if (ev.corroboration === 0) return unknownText;
  const known = `Reported by ${plural(ev.corroboration, 'independent publisher')}`;
  return unknown ? `${known}, and ${unknownText}` : known;
}
