/** What events may point at: people by id, and article bodies by id with their length (for excerpt offsets). */
export interface References {
  people: ReadonlySet<string>;
  articleLengths: ReadonlyMap<string, number>;
}

/** The plain-data form of References, as it crosses from a worker to the page and back. */
export interface SerialisedReferences {
  people: string[];
  articleLengths: [string, number][];
}

export interface ReferenceIssue {
  path: (string | number)[];
  message: string;
}

interface EventLike {
  actors: readonly string[];
  sources: readonly { article: string; start: number; end: number; excerpt: string; speaker: string | null }[];
}

export function referencesOf(ds: { people: readonly { id: string }[]; articles: readonly { id: string; bodyLength: number }[] }): SerialisedReferences {
  return { people: ds.people.map((p) => p.id), articleLengths: ds.articles.map((a) => [a.id, a.bodyLength]) };
}

export function toReferences(r: SerialisedReferences): References {
  return { people: new Set(r.people), articleLengths: new Map(r.articleLengths) };
}

/**
 * Every actor and speaker must be a known person, every source a known article, and every excerpt must fit
 * inside its article's body. Shared by the whole-dataset schema and the check of each shard.
 */
export function eventReferenceIssues(events: readonly EventLike[], refs: References): ReferenceIssue[] {
  const issues: ReferenceIssue[] = [];
  events.forEach((ev, i) => {
    ev.actors.forEach((a, j) => {
      if (!refs.people.has(a)) issues.push({ path: [i, 'actors', j], message: `unknown person "${a}"` });
    });
    ev.sources.forEach((s, j) => {
      const length = refs.articleLengths.get(s.article);
      const path = [i, 'sources', j];
      if (length === undefined) issues.push({ path, message: `unknown article "${s.article}"` });
      else if (s.start >= s.end || s.end > length || s.end - s.start !== s.excerpt.length)
        issues.push({ path, message: 'excerpt offsets do not fit the article body' });
      if (s.speaker !== null && !refs.people.has(s.speaker)) issues.push({ path: [...path, 'speaker'], message: `unknown speaker "${s.speaker}"` });
    });
  });
  return issues;
}
