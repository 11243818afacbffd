interface ArticleTextNoteProps {
  query: string;
  search: { searchable: boolean; loading: boolean; failed: number; matches: ReadonlySet<string> };
}

/**
 * Beside the result count while a search is on: how many of the results match only in their articles' text, or that
 * the text is still loading, or why it is not searched. Says nothing when there is no search.
 */
export function ArticleTextNote({ query, search }: ArticleTextNoteProps) {
  if (!query.trim()) return null;
  const n = search.matches.size;
  const text = !search.searchable
    ? 'Titles and excerpts searched; the articles are too many to search their whole text here'
    : search.loading
      ? 'Searching the articles’ text…'
      : `${n ? `${n} ${n === 1 ? 'matches' : 'match'} in article text` : 'None match in article text only'}${search.failed ? ` (${search.failed} article${search.failed === 1 ? '' : 's'} could not be loaded)` : ''}`;
  return <p role="status" className="text-xs text-slate-700 dark:text-slate-300">{text}</p>;
}
