import type { Article, Note, Span, TimelineEvent } from '../../src/shared/schema';

/** Whether a source excerpt shares words with a span of the same article. */
const overlaps = (s: Span, about: Span) => s.article === about.article && s.start < about.end && about.start < s.end;

/**
 * Puts a note where it belongs: on every event with a source containing words it is about; when no event cites
 * those words (or the note is about the whole article), once on the article. Never twice in one place.
 * Returns the events it went to.
 */
export function attachNote(note: Note, article: Article, events: readonly TimelineEvent[]): TimelineEvent[] {
  const about = note.about;
  const targets = about ? events.filter((e) => e.sources.some((s) => overlaps(s, about))) : [];
  if (targets.length === 0) addOnce(article.notes, note);
  for (const ev of targets) addOnce(ev.notes, note);
  return targets;
}

function addOnce(notes: Note[], note: Note): void {
  if (!notes.some((n) => n.id === note.id || (n.text === note.text && n.author === note.author))) notes.push(note);
}

/** The span of an article's body that a note's excerpt names (its first occurrence), or null when absent. */
export function spanOf(articleId: string, body: string, excerpt: string | undefined): Span | null {
  if (excerpt === undefined) return null;
  const start = body.indexOf(excerpt);
  return start < 0 ? null : { article: articleId, start, end: start + excerpt.length, excerpt };
}
