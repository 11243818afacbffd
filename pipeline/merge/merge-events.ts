import { CHANNELS, type Article, type Person, type TimelineEvent } from '../../src/shared/schema';
import { eventTitle } from '../events/event-title';
import type { ExtractedEvent } from '../events/extract-events';
import { CONTACT_TYPES, INCIDENT_TYPES } from '../events/event-cues';
import { betterDate, datesOverlap } from './compare-dates';
import { countCorroboration } from './count-corroboration';
import { foldWithinArticle } from './fold-within-article';

function actorsCompatible(a: ExtractedEvent, b: ExtractedEvent): boolean {
  const x = new Set(a.actors);
  const shared = b.actors.filter((id) => x.has(id)).length;
  if (a.actors.length === 0 || b.actors.length === 0) {
    // Actorless incidents are told apart by who carried them out and where.
    return a.actors.length === b.actors.length && a.agent === b.agent && (a.place === b.place || !a.place || !b.place);
  }
  if (!CONTACT_TYPES.has(a.type)) return shared > 0;
  // Two calls by the same minister to different counterparts are two events.
  const small = Math.min(a.actors.length, b.actors.length);
  return shared === small && (small >= 2 || a.actors.length === b.actors.length);
}

export function sameEvent(a: ExtractedEvent, b: ExtractedEvent): boolean {
  const vague = (c: string) => c === 'unknown' || c === 'media_report';
  const channels = a.channel === b.channel || vague(a.channel) || vague(b.channel);
  // An actorless incident known by place and one known by no place are only the same if their dates say so, not guess so.
  // Nor are two strikes by one state a few days apart: in a war there is one nearly every day, so incidents are
  // the same only when their dates, as stated, overlap.
  const strict = (a.actors.length === 0 && b.actors.length === 0 && !a.place !== !b.place) || INCIDENT_TYPES.has(a.type);
  return a.type === b.type && a.conflict === b.conflict && a.status === b.status && channels && datesOverlap(a.date, b.date, strict) && actorsCompatible(a, b);
}

const seenSources = new WeakMap<ExtractedEvent, Set<string>>();

function absorb(into: ExtractedEvent, e: ExtractedEvent): void {
  into.date = betterDate(into.date, e.date);
  into.actors = [...new Set([...into.actors, ...e.actors])];
  into.countries = [...new Set([...into.countries, ...e.countries])];
  const have = seenSources.get(into) ?? new Set(into.sources.map((t) => `${t.article}@${t.start}`));
  seenSources.set(into, have);
  for (const s of e.sources) {
    const key = `${s.article}@${s.start}`;
    if (!have.has(key)) into.sources.push(s);
    have.add(key);
  }
  if (into.channel === 'unknown' || CHANNELS.indexOf(e.channel) < CHANNELS.indexOf(into.channel)) into.channel = e.channel === 'unknown' ? into.channel : e.channel;
  into.place ??= e.place;
  into.agent ??= e.agent;
}

export function slug(s: string): string {
  return s.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80).replace(/-+$/, '');
}

/**
 * Stage entry point: one event per happening, with every source that reports it, a title from the merged
 * facts, the corroboration count and a stable id (date, type, actors; a counter only on a real clash).
 */
export function mergeEvents(extracted: ExtractedEvent[], people: Map<string, Person>, articles: Map<string, Article>): TimelineEvent[] {
  const byArticle = new Map<string, ExtractedEvent[]>();
  for (const e of extracted) {
    const id = e.sources[0]?.article ?? '';
    byArticle.set(id, [...(byArticle.get(id) ?? []), e]);
  }
  const events = [...byArticle.values()].flatMap((list) => foldWithinArticle(list, people));
  const merged: ExtractedEvent[] = [];
  // Candidates share type, conflict, status and an actor (or, without actors, the first country): a bucket each.
  const buckets = new Map<string, ExtractedEvent[]>();
  const keys = (e: ExtractedEvent) => (e.actors.length ? e.actors : [`~${e.agent ?? ''}`]).map((k) => `${e.type}|${e.conflict}|${e.status}|${k}`);
  for (const e of events) {
    const target = keys(e).flatMap((k) => buckets.get(k) ?? []).find((m) => sameEvent(m, e));
    const into = target ?? { ...e, sources: [...e.sources], actors: [...e.actors], countries: [...e.countries] };
    if (target) absorb(target, e);
    else merged.push(into);
    for (const k of keys(into)) {
      const list = buckets.get(k) ?? [];
      if (!list.includes(into)) buckets.set(k, [...list, into]);
    }
  }
  const ids = new Map<string, number>();
  const out = merged
    .sort((a, b) => a.date.start.localeCompare(b.date.start) || a.id.localeCompare(b.id))
    .map(({ place, agent, sentence: _sentence, mentioned: _mentioned, reporter: _reporter, addressee: _addressee, joins: _joins, ...e }) => {
      const title = eventTitle({ type: e.type, actors: e.actors, countries: e.countries, planned: e.status === 'planned', channel: e.channel, place, agent }, people);
      const names = e.actors.join('-') || (agent ?? e.countries.join('-')).toLowerCase();
      const base = slug(`${e.date.start}-${e.type}-${names}${place ? `-${place}` : ''}`);
      const n = (ids.get(base) ?? 0) + 1;
      ids.set(base, n);
      return { ...e, title, id: n === 1 ? base : `${base}-${n}`, corroboration: countCorroboration(e.sources, articles) };
    });
  return out;
}
