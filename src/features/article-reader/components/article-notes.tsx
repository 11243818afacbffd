import type { Note } from '../../../shared/schema';

const KIND_LABEL: Record<Note['kind'], string> = { correction: 'Correction', context: 'Context', contradiction: 'Contradiction' };

/** Notes about the article as a whole or about words of it that no event cites: shown once, here. */
export function ArticleNotes({ notes }: { notes: Note[] }) {
  if (!notes.length) return null;
  return (
    <section aria-labelledby="article-notes-heading" className="mt-3">
      <h3 id="article-notes-heading" className="text-sm font-semibold">Notes about this article</h3>
      <ul className="mt-1 space-y-1 text-sm">
        {notes.map((n) => (
          <li key={n.id} className="rounded bg-amber-50 p-2 text-amber-950 dark:bg-amber-950 dark:text-amber-50">
            <strong>{KIND_LABEL[n.kind]}</strong>
            {n.about ? <> on “{n.about.excerpt}”: </> : ': '}
            {n.text} <span className="text-xs">— {n.author}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
