import type { Note } from '../../../shared/schema';
import { NoteItem } from '../../../shared/ui/note-item';

/** Notes about the article as a whole or about words of it that no event cites: shown once, here. */
export function ArticleNotes({ notes }: { notes: Note[] }) {
  if (!notes.length) return null;
  return (
    <section aria-labelledby="article-notes-heading" className="mt-3">
      <h3 id="article-notes-heading" className="text-sm font-semibold">Notes about this article</h3>
      <ul className="mt-1 space-y-1 text-sm">
        {notes.map((n) => <NoteItem key={n.id} note={n} />)}
      </ul>
    </section>
  );
}
