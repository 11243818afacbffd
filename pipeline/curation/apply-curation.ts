import { basename } from 'node:path';
import { EVENT_TYPES, type Note, type TimelineEvent } from '../../src/shared/schema';
import type { IngestedArticle, InputProblem } from '../types';
import type { CurationEntry, LocatedEntry } from './curation-entry';
import { attachNote, spanOf } from './attach-note';

export interface CurationResult {
  events: TimelineEvent[];
  problems: InputProblem[];
}

type Action = 'set' | 'suppress' | 'mergeInto' | 'split';
const actionOf = (e: CurationEntry): Action | null =>
  e.set ? 'set' : e.suppress ? 'suppress' : e.mergeInto ? 'mergeInto' : e.split ? 'split' : null;

/** The entry's note, about the words it names (its excerpt) when it names any. */
function noteFrom(l: LocatedEntry, about: Note['about'] = null): Note | null {
  if (!l.entry.note) return null;
  const stem = basename(l.file).replace(/\.ya?ml$/, '').toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return { id: `curation-${stem}-${l.index}`, kind: l.entry.note.kind, text: l.entry.note.text, author: l.entry.author, about };
}

/**
 * Stage entry point: applies reviewed overrides and notes. An entry that points at nothing, or that contradicts
 * another entry on the same event, is reported (file, line, entry index) and not applied.
 */
export function applyCuration(events: TimelineEvent[], articles: IngestedArticle[], entries: LocatedEntry[], people: Set<string>): CurationResult {
  const problems: InputProblem[] = [];
  const fail = (l: LocatedEntry, message: string) => problems.push({ file: l.file, line: l.line, message: `entry ${l.index}: ${message}` });
  const byId = new Map(events.map((e) => [e.id, e]));
  const byArticle = new Map(articles.map((a) => [a.meta.id, a]));
  const targeted: { l: LocatedEntry; targets: TimelineEvent[] }[] = [];

  for (const l of entries) {
    const { entry } = l;
    if (entry.event !== undefined) {
      const ev = byId.get(entry.event);
      if (!ev) fail(l, `no event "${entry.event}"`);
      else targeted.push({ l, targets: [ev] });
      continue;
    }
    const article = byArticle.get(entry.article ?? '');
    if (!article) {
      fail(l, `no article "${entry.article ?? ''}"`);
      continue;
    }
    const at = entry.excerpt === undefined ? -1 : article.body.indexOf(entry.excerpt);
    if (entry.excerpt !== undefined && at < 0) {
      fail(l, `the excerpt is not in article "${article.meta.id}"`);
      continue;
    }
    if (actionOf(entry) === null) {
      // A note alone goes to the events citing its words, or else once to the article: never to every event.
      const note = noteFrom(l, spanOf(article.meta.id, article.body, entry.excerpt));
      if (note) attachNote(note, article.meta, events);
      continue;
    }
    const end = at + (entry.excerpt?.length ?? 0);
    const targets = events.filter((e) => (entry.eventType === undefined || e.type === entry.eventType) && e.sources.some((s) => s.article === article.meta.id && (at < 0 || (s.start < end && at < s.end))));
    if (targets.length === 0) fail(l, `no event is sourced from those words of article "${article.meta.id}"`);
    else targeted.push({ l, targets });
  }

  // Entries on one event must agree before any is applied.
  const claims = new Map<string, { l: LocatedEntry; action: Action | null }[]>();
  for (const t of targeted) for (const ev of t.targets) claims.set(ev.id, [...(claims.get(ev.id) ?? []), { l: t.l, action: actionOf(t.l.entry) }]);
  const rejected = new Set<LocatedEntry>();
  for (const [evId, list] of claims) {
    const acting = list.filter((c) => c.action !== null);
    for (const [i, a] of acting.entries()) {
      for (const b of acting.slice(i + 1)) {
        const clash =
          (a.action !== b.action && (a.action === 'suppress' || b.action === 'suppress' || a.action === 'mergeInto' || b.action === 'mergeInto')) ||
          (a.action === 'mergeInto' && b.action === 'mergeInto' && a.l.entry.mergeInto !== b.l.entry.mergeInto) ||
          (a.action === 'set' && b.action === 'set' && Object.entries(a.l.entry.set ?? {}).some(([k, v]) => k in (b.l.entry.set ?? {}) && JSON.stringify((b.l.entry.set as Record<string, unknown>)[k]) !== JSON.stringify(v)));
        if (clash) {
          fail(b.l, `contradicts entry ${a.l.index} of ${a.l.file} on event "${evId}"`);
          rejected.add(a.l).add(b.l);
        }
      }
    }
  }

  let out = [...events];
  const suppressed = new Set<string>();
  for (const { l, targets } of targeted) {
    if (rejected.has(l)) continue;
    const { entry } = l;
    const article = entry.article === undefined ? undefined : byArticle.get(entry.article);
    const note = noteFrom(l, article ? spanOf(article.meta.id, article.body, entry.excerpt) : null);
    for (const ev of targets) {
      if (note && !ev.notes.some((n) => n.id === note.id)) ev.notes.push(note);
      if (entry.set) {
        const { date, type, ...rest } = entry.set;
        const unknown = rest.actors?.find((a) => !people.has(a));
        if (unknown) {
          fail(l, `no person "${unknown}"`);
          continue;
        }
        Object.assign(ev, rest);
        if (date) ev.date = { ...date, basis: 'explicit', evidence: null };
        if (type) Object.assign(ev, { type, cameo: EVENT_TYPES[type].cameo });
      } else if (entry.suppress) suppressed.add(ev.id);
      else if (entry.mergeInto) {
        const into = byId.get(entry.mergeInto);
        if (!into || into === ev) fail(l, `cannot merge into "${entry.mergeInto}": no such other event`);
        else {
          into.sources.push(...ev.sources.filter((s) => !into.sources.some((t) => t.article === s.article && t.start === s.start)));
          into.actors = [...new Set([...into.actors, ...ev.actors])];
          suppressed.add(ev.id);
        }
      } else if (entry.split) {
        const moved = ev.sources.filter((s) => s.article === entry.article && entry.excerpt !== undefined && s.excerpt.includes(entry.excerpt));
        if (moved.length === 0 || moved.length === ev.sources.length) fail(l, 'a split must leave sources on both sides');
        else {
          ev.sources = ev.sources.filter((s) => !moved.includes(s));
          out.push({ ...ev, id: `${ev.id}-split-${l.index}`, title: entry.split.title, sources: moved, notes: [] });
        }
      }
    }
  }
  out = out.filter((e) => !suppressed.has(e.id));
  return { events: out, problems };
}
