import { CHANNELS, EVENT_TYPES, type Article, type EventDate, type Person, type TimelineEvent } from '../../src/shared/schema';
import { withSpokespersonVenue } from '../events/spokesperson-venue';
import { addDays } from '../dates/calendar';
import { eventTitle } from '../events/event-title';
import type { ExtractedEvent } from '../events/extract-events';
import { CONTACT_TYPES, INCIDENT_TYPES } from '../events/event-cues';
import { betterDate, datesOverlap, isStated } from './compare-dates';
import { isTruceAndItsExtension } from './truce-extension';
import { countCorroboration } from './count-corroboration';
import { foldWithinArticle } from './fold-within-article';
import { callsOfEachCaller } from './calls-of-each-caller';
import { AccountsOf } from './paper-keeps-apart';
import { papersRefuse } from './papers-bound-the-join';
import { tripsApart } from './trips-apart';
import { NEWS_DAYS, SAYINGS } from './sayings';
import { indexSource, indexSources, shareArticle, shareSource, sourcesOf } from './source-index';

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

/** Tellings in a venue of their own: a press conference, an interview, a post. */
const VENUES = new Set<ExtractedEvent['channel']>(['press_briefing', 'interview', 'social_media']);
/** Where an event is first told in the article of `other`'s first source. */
const toldAt = (e: ExtractedEvent, article: string | undefined) => Math.min(...e.sources.filter((s) => s.article === article).map((s) => s.start));

/**
 * An undated telling and a dated telling later in the same article are two occasions: a story tells the news of its
 * day first and then recalls ("He said at a press conference he had nothing to do there. ... On May 13 he confirmed
 * the visit"). An undated telling after a dated one goes on with it ("He said on Thursday ... He added ...").
 */
function undatedBefore(u: ExtractedEvent, d: ExtractedEvent): boolean {
  if (u.date.basis !== 'publication' || !isStated(d.date)) return false;
  const article = d.sources[0]?.article;
  return VENUES.has(u.channel) && u.channel !== d.channel && toldAt(u, article) < toldAt(d, article);
}

/**
 * Rule "measures side by side": "Pakistan closed its airspace, suspended all trade and shut the border" tells three
 * measures, each by its own verb: two measures read from one sentence are never one, though their type, state and day
 * agree. (Told in two sentences or articles, they are told apart by nothing the event keeps, and merge as before.)
 */
const MEASURES = new Set<ExtractedEvent['type']>(['reduce_relations', 'expel', 'sanctions']);

export function sameEvent(a: ExtractedEvent, b: ExtractedEvent): boolean {
  const vague = (c: string) => c === 'unknown' || c === 'media_report';
  const channels = a.channel === b.channel || vague(a.channel) || vague(b.channel);
  // Every test below must hold; the cheap ones go first, since most candidates fail one of them.
  if (a.type !== b.type || a.conflict !== b.conflict || a.status !== b.status || !channels) return false;
  if (MEASURES.has(a.type) && shareSource(a, b)) return false;
  // Rule "a deal and the days that followed it" (fold-within-article.ts): its article's dated ones are not it.
  if ((a.amongDays || b.amongDays) && shareArticle(a, b)) return false;
  // Rule "a truce and its extension" (truce-extension.ts): the extension is an agreement of its own.
  if (isTruceAndItsExtension(a, b)) return false;
  // An actorless incident known by place and one known by no place are only the same if their dates say so, not guess so.
  // Nor are two strikes by one state a few days apart: in a war there is one nearly every day, so incidents are
  // the same only when their dates, as stated, overlap.
  const strict = (a.actors.length === 0 && b.actors.length === 0 && !a.place !== !b.place) || INCIDENT_TYPES.has(a.type);
  const apart = !shareSource(a, b);
  if (!datesOverlap(a.date, b.date, strict, apart) || !actorsCompatible(a, b)) return false;
  if (apart && !shareArticle(a, b) && (carriedAwayFrom(a, b) || carriedAwayFrom(b, a))) return false;
  if (SAYINGS.has(a.type) && apart && !shareArticle(a, b) && (olderThanTheNews(a, b) || olderThanTheNews(b, a))) return false;
  // One article that dates one telling and leaves another undated tells two occasions: "On May 13 he confirmed his
  // visit" and "he said at a press conference" are not one statement because the week before publication holds May 13.
  return !(apart && SAYINGS.has(a.type) && shareArticle(a, b) && (undatedBefore(a, b) || undatedBefore(b, a)));
}

/**
 * A date carried over from the sentence before ("on Monday ... Trump also had calls with Zelenskyy") is compared
 * loosely within its article, but another paper's day two or more days from it is another occasion: Friday's call
 * between the same two men is not Monday's. So is another paper's day that it carried over too: Indian officials'
 * words of Saturday in one paper are not their words of Wednesday in another.
 */
const CARRIED_SLACK = 1;
function carriedAwayFrom(u: ExtractedEvent, d: ExtractedEvent): boolean {
  if (u.date.basis !== 'inherited' || d.date.basis === 'publication') return false;
  return d.date.end < addDays(u.date.start, -CARRIED_SLACK) || d.date.start > addDays(u.date.end, CARRIED_SLACK);
}

/**
 * How many days before its paper's date an undated saying may have been made and still be another paper's dated
 * one (NEWS_DAYS): a report tells what someone "said" that day or the evening before. Trump's words in Monday's paper
 * are not the ones another paper dates to Saturday, though the week before publication holds Saturday. The same holds for a
 * saying of nobody named ("the Indian Army said in a statement"): a state says something most days, and its undated
 * words in Monday's paper are no more Thursday's than a named person's are (on the keyed sets, joining them dated the
 * army's readout of Monday's talks to Thursday).
 */
function olderThanTheNews(u: ExtractedEvent, d: ExtractedEvent): boolean {
  // The other paper's day may be its own sentence's or carried over from the sentence before: either way it is that
  // paper's reading of when this was said, two or more days before this paper's news.
  return u.date.basis === 'publication' && d.date.basis !== 'publication' && d.date.end < addDays(u.date.end, -NEWS_DAYS);
}

function absorb(into: ExtractedEvent, e: ExtractedEvent): void {
  into.date = betterDate(into.date, e.date);
  into.actors = [...new Set([...into.actors, ...e.actors])];
  into.countries = [...new Set([...into.countries, ...e.countries])];
  const have = sourcesOf(into);
  for (const s of e.sources) if (indexSource(have, s)) into.sources.push(s);
  if (into.channel === 'unknown' || CHANNELS.indexOf(e.channel) < CHANNELS.indexOf(into.channel)) into.channel = e.channel === 'unknown' ? into.channel : e.channel;
  into.place ??= e.place;
  into.agent ??= e.agent;
  into.toldType ??= e.toldType;
}

/** Dates whose loose span (a guess may be three days off) covers more months than this are compared with every event. */
const MAX_MONTHS = 3;
const LOOSE_DAYS = 3;

/** The months a date could fall in, loosely; null when there are too many to list. */
function monthsOf(d: EventDate): string[] | null {
  const first = addDays(d.start, -LOOSE_DAYS).slice(0, 7);
  const last = addDays(d.end, LOOSE_DAYS).slice(0, 7);
  const out = [first];
  while (out.length <= MAX_MONTHS && (out.at(-1) ?? last) < last) {
    const [y = 0, m = 1] = (out.at(-1) ?? last).split('-').map(Number);
    out.push(m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`);
  }
  return out.length > MAX_MONTHS ? null : out;
}

/** The events of one bucket, in the order they joined the key. */
interface Bucket {
  events: ExtractedEvent[];
  order: number[];
  has: Set<ExtractedEvent>;
}

/** Merge candidates by key and month, in the order they joined the key; events with a wide date are candidates for every month. */
class Buckets {
  /** Every event of a key, with the order it joined in (a Map keeps that order too). */
  private seq = new Map<string, Map<ExtractedEvent, number>>();
  private byMonth = new Map<string, Bucket>();
  private wide = new Map<string, Bucket>();

  private static put(map: Map<string, Bucket>, key: string, e: ExtractedEvent, order: number): void {
    const bucket = map.get(key) ?? { events: [], order: [], has: new Set<ExtractedEvent>() };
    map.set(key, bucket);
    if (bucket.has.has(e)) return;
    bucket.has.add(e);
    // An event comes back when a merge moved its date to another month: it keeps its place in the key's order.
    let i = bucket.order.length;
    while (i > 0 && (bucket.order[i - 1] ?? 0) > order) i--;
    bucket.events.splice(i, 0, e);
    bucket.order.splice(i, 0, order);
  }

  add(key: string, e: ExtractedEvent): void {
    const seq = this.seq.get(key) ?? new Map<ExtractedEvent, number>();
    this.seq.set(key, seq);
    const order = seq.get(e) ?? seq.size;
    seq.set(e, order);
    const months = monthsOf(e.date);
    if (months === null) Buckets.put(this.wide, key, e, order);
    else for (const m of months) Buckets.put(this.byMonth, `${key}|${m}`, e, order);
  }

  /** The first candidate, in the order they joined the key, that passes the test; the rest are never looked at. */
  find(key: string, date: EventDate, test: (m: ExtractedEvent) => boolean): ExtractedEvent | undefined {
    const months = monthsOf(date);
    if (months === null) {
      for (const m of this.seq.get(key)?.keys() ?? []) if (test(m)) return m;
      return undefined;
    }
    const lists = [this.wide.get(key), ...months.map((m) => this.byMonth.get(`${key}|${m}`))].filter((b): b is Bucket => b !== undefined);
    // The lists merged in join order; an event in two lists comes up twice in a row, and is tested once.
    const next = lists.map(() => 0);
    let last = -1;
    for (;;) {
      let best = -1;
      let bestOrder = Infinity;
      lists.forEach((b, i) => {
        const order = b.order[next[i] ?? 0];
        if (order !== undefined && order < bestOrder) [best, bestOrder] = [i, order];
      });
      const list = lists[best];
      if (!list) return undefined;
      const e = list.events[next[best] ?? 0];
      next[best] = (next[best] ?? 0) + 1;
      if (bestOrder === last || !e) continue;
      last = bestOrder;
      if (test(e)) return e;
    }
  }
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
  const events = [...byArticle.values()].flatMap((list) => foldWithinArticle(list.flatMap((e) => callsOfEachCaller(e, people)), people));
  const merged: ExtractedEvent[] = [];
  // Candidates share type, conflict, status and an actor (or, without actors, the first country), and a month their
  // dates could fall in: a bucket each, so a large corpus compares an event with its month's events, not with all.
  const buckets = new Buckets();
  const keys = (e: ExtractedEvent) => (e.actors.length ? e.actors : [`~${e.agent ?? ''}`]).map((k) => `${e.type}|${e.conflict}|${e.status}|${k}`);
  const accounts = new AccountsOf();
  const joins = (m: ExtractedEvent, e: ExtractedEvent) => sameEvent(m, e) && !tripsApart(m, e, people) && papersRefuse(m, e, articles) === null;
  for (const e of events) {
    let target: ExtractedEvent | undefined;
    for (const k of keys(e)) if ((target = buckets.find(k, e.date, (m) => joins(m, e) && !accounts.keptApart(m, e, joins)))) break;
    const into = target ?? { ...e, sources: [...e.sources], actors: [...e.actors], countries: [...e.countries] };
    accounts.add(into, e);
    if (target) absorb(target, e);
    else {
      indexSources(into);
      merged.push(into);
    }
    for (const k of keys(into)) buckets.add(k, into);
  }
  const ids = new Map<string, number>();
  // Once every account of an act is merged, a spokesperson's saying with no venue told in any was their briefing.
  const out = merged
    .map((e) => withSpokespersonVenue(e, people))
    // Rule "a saying typed by what it says" (events/saying-content.ts): a statement, merged, takes the type its words told.
    .map(({ toldType, ...e }) => (e.type === 'statement' && toldType ? { ...e, type: toldType, cameo: EVENT_TYPES[toldType].cameo } : e))
    .sort((a, b) => a.date.start.localeCompare(b.date.start) || a.id.localeCompare(b.id))
    .map(({ place, agent, sentence: _sentence, paragraph: _paragraph, mentioned: _mentioned, reporter: _reporter, addressee: _addressee, joins: _joins, knownVisit: _knownVisit, saidApart: _saidApart, refersBack: _refersBack, listeners: _listeners, amongDays: _amongDays, callers: _callers, ...e }) => {
      const title = eventTitle({ type: e.type, actors: e.actors, countries: e.countries, planned: e.status === 'planned', channel: e.channel, place, agent }, people);
      const names = e.actors.join('-') || (agent ?? e.countries.join('-')).toLowerCase();
      const base = slug(`${e.date.start}-${e.type}-${names}${place ? `-${place}` : ''}`);
      const n = (ids.get(base) ?? 0) + 1;
      ids.set(base, n);
      return { ...e, title, id: n === 1 ? base : `${base}-${n}`, corroboration: countCorroboration(e.sources, articles) };
    });
  return out;
}
