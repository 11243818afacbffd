import type { Note } from '../../../shared/schema';

const KIND_LABEL: Record<Note['kind'], string> = { correction: 'Correction', context: 'Context', contradiction: 'Contradiction' };

/** Editorial notes from the curation layer (and the pipeline's own flags), each with its kind and author. */
export function EventNotes({ notes }: { notes: Note[] }) {
  if (!notes.length) return null;
  return (
    <section aria-labelledby="event-notes-heading">
      <h3 id="event-notes-heading" className="text-sm font-semibold">Editorial notes</h3>
      <ul className="mt-1 space-y-1 text-sm">
        {notes.map((n) => (
          <li key={n.id} className="rounded bg-amber-50 p-2 text-amber-950 dark:bg-amber-950 dark:text-amber-50">
            <strong>{KIND_LABEL[n.kind]}:</strong> {n.text} <span className="text-xs">— {n.author}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
