import { useEffect, useId, useState } from 'react';

interface SearchBoxProps {
  value: string;
  /** Whether the articles' whole text is searched too (a corpus small enough to fetch). */
  searchesArticles: boolean;
  onCommit: (query: string) => void;
}

/** Typing updates the box at once and commits (URL, results) after a short pause, so history is not one entry per key. */
export function SearchBox({ value, searchesArticles, onCommit }: SearchBoxProps) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [committed, setCommitted] = useState(value);
  // Back/forward or "clear all" change the value from outside: follow it (React's "adjust state on prop change").
  if (value !== committed) {
    setCommitted(value);
    setDraft(value);
  }
  useEffect(() => {
    if (draft === committed) return;
    const t = setTimeout(() => {
      onCommit(draft);
    }, 250);
    return () => {
      clearTimeout(t);
    };
  }, [draft, committed, onCommit]);
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-sm font-semibold">
        {searchesArticles ? 'Search titles, excerpts and article text' : 'Search titles and excerpts'}
      </label>
      <input
        id={id}
        type="search"
        className="w-full rounded border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-700 dark:bg-slate-900"
        value={draft}
        onChange={(e) => {
          setDraft(e.target.value);
        }}
      />
    </div>
  );
}
