import type { Person, Source, TimelineEvent } from '../../src/shared/schema';
import { keyClause } from './key-clause';

/** The words a source may use for an event's actors: full names, aliases and surnames. */
function actorWords(ev: TimelineEvent, people: ReadonlyMap<string, Person>): string[] {
  return ev.actors.flatMap((id) => {
    const p = people.get(id);
    if (!p) return [];
    return [p.name, ...p.aliases, p.name.split(' ').at(-1) ?? p.name].map((w) => w.toLowerCase());
  });
}

const mentions = (text: string, words: readonly string[]) => {
  const lower = text.toLowerCase();
  return words.filter((w) => lower.includes(w)).length;
};

/**
 * The source that best says what happened: it names the event's actors and, for a dated event, holds the words
 * its date was read from; the reporter's narration is preferred to a quotation, and a shorter excerpt to a longer.
 */
export function bestSource(ev: TimelineEvent, people: ReadonlyMap<string, Person>): Source {
  const words = actorWords(ev, people);
  const evidence = ev.date.evidence;
  const score = (s: Source) =>
    mentions(s.excerpt, words) * 2 +
    (evidence && evidence.article === s.article && s.start <= evidence.start && evidence.end <= s.end ? 3 : 0) +
    (s.isQuote ? 0 : 1) -
    s.excerpt.length / 1000;
  const [first, ...rest] = ev.sources;
  if (!first) throw new Error(`event "${ev.id}" has no source to summarise`);
  return rest.reduce((best, s) => (score(s) > score(best) ? s : best), first);
}

/**
 * Runs after merging and curation, when each event's sources are final: one line in the sources' own words (see
 * the schema's `summary`). The key clause is the one naming most of the event's actors, the earliest on a tie.
 */
export function summarise(events: TimelineEvent[], people: ReadonlyMap<string, Person>): TimelineEvent[] {
  return events.map((ev) => {
    const words = actorWords(ev, people);
    const source = bestSource(ev, people);
    return { ...ev, summary: keyClause(source.excerpt, (clause) => mentions(clause, words)) };
  });
}
