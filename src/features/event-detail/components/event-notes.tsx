import type { Note } from '../../../shared/schema';
import { NoteItem } from '../../../shared/ui/note-item';

/**
 * Editorial notes (and the pipeline's own flags), each with its kind, author and the words it is about. The same
 * note is shown once, however many sources of the event it concerns.
 */
export function EventNotes({ notes, heading = 'Editorial notes', headingId = 'event-notes-heading' }: { notes: Note[]; heading?: string; headingId?: string }) {
  const unique = notes.filter((n, i) => notes.findIndex((m) => m.id === n.id || m.text === n.text) === i);
  if (!unique.length) return null;
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId} className="text-sm font-semibold">{heading}</h3>
      <ul className="mt-1 space-y-1 text-sm">
        {unique.map((n) => <NoteItem key={n.id} note={n} />)}
      </ul>
    </section>
  );
}
