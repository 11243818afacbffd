import type { Note } from '../../../shared/schema';

const KIND_LABEL: Record<Note['kind'], string> = { correction: 'Correction', context: 'Context', contradiction: 'Contradiction' };

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
        {unique.map((n) => (
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
