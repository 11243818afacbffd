import type { Note } from '../schema';

const KIND_LABEL: Record<Note['kind'], string> = { correction: 'Correction', context: 'Context', contradiction: 'Contradiction' };

/** One editorial note or pipeline flag: its kind, the words it is about, its text and its author. */
export function NoteItem({ note }: { note: Note }) {
  return (
    <li className="rounded bg-amber-50 p-2 text-amber-950 dark:bg-amber-950 dark:text-amber-50">
      <strong>{KIND_LABEL[note.kind]}</strong>
      {note.about ? <> on “{note.about.excerpt}”: </> : ': '}
      {note.text} <span className="text-xs">— {note.author}</span>
    </li>
  );
}
