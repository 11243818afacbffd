import { EVENT_TYPES, EVENT_TYPE_IDS, CHANNELS, type Article, type Dataset, type EventType, type Person, type Precision, type TimelineEvent } from '../../src/shared/schema';
import { seededRandom, type Random } from './seeded-random';
import { CONFLICT_COUNTRIES, MEDIATORS, synthPeople } from './synth-people';

const DAY = 86_400_000;
const FIRST_DAY = Date.UTC(2019, 0, 1);
const LAST_DAY = Date.UTC(2025, 11, 31);
const PUBLISHERS = ['Reuters', 'Associated Press', 'AFP', 'The Hindu', 'Dawn', 'Kyiv Independent', 'Meduza', 'BBC News', 'Al Jazeera', 'NDTV', 'Geo News', 'Ukrainska Pravda', 'TASS', 'The Guardian'];

const VERBS: Partial<Record<EventType, string>> = {
  statement: 'says talks remain possible with', appeal: 'urges restraint on', phone_call: 'speaks by phone with',
  meeting: 'meets', visit: 'visits', mediation: 'offers to mediate with', condemnation: 'condemns',
  accusation: 'accuses', threat: 'warns', ceasefire: 'agrees to a ceasefire with', sanctions: 'announces sanctions on',
  demand: 'demands an explanation from', rejection: 'rejects the claims of', military_action: 'reports strikes by',
};

const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

/** Crises come in bursts: dates cluster around a few dozen moments across years, over a thin background. */
function clusteredDay(rnd: Random, centres: number[]): number {
  if (rnd.next() < 0.15) return FIRST_DAY + rnd.int(0, (LAST_DAY - FIRST_DAY) / DAY) * DAY;
  const c = rnd.pick(centres);
  const t = c + Math.round(rnd.normal() * 6) * DAY;
  return Math.min(LAST_DAY, Math.max(FIRST_DAY, t));
}

function eventDate(rnd: Random, day: number): TimelineEvent['date'] {
  const r = rnd.next();
  const [precision, spanDays]: [Precision, number] =
    r < 0.72 ? ['day', 0] : r < 0.82 ? ['approximate', rnd.int(0, 2)] : r < 0.92 ? ['week', 6] : r < 0.98 ? ['month', 29] : ['unknown', rnd.int(30, 90)];
  const basis = precision === 'day' ? rnd.pick(['explicit', 'weekday-relative', 'relative-phrase'] as const) : rnd.pick(['inherited', 'publication', 'relative-phrase'] as const);
  return { start: iso(day), end: iso(Math.min(LAST_DAY, day + spanDays * DAY)), precision, basis, evidence: null };
}

interface Draft { article: Article; used: number }

/** A schema-valid dataset of `events` events, deterministic for a seed. */
export function synthDataset(events: number, seed: number): Dataset {
  const rnd = seededRandom(seed);
  const people = synthPeople(rnd, Math.min(800, Math.max(120, Math.round(events / 60))));
  const byCountry = new Map<string, Person[]>();
  for (const p of people) if (p.country) byCountry.set(p.country, [...(byCountry.get(p.country) ?? []), p]);
  const nerPeople = people.filter((p) => p.country === null);
  const centres = Array.from({ length: 40 }, () => FIRST_DAY + rnd.int(0, (LAST_DAY - FIRST_DAY) / DAY) * DAY);
  const articles: Article[] = [];
  const open: Draft[] = [];
  const newArticle = (published: number): Draft => {
    const n = articles.length;
    const publisher = rnd.pick(PUBLISHERS);
    const article: Article = {
      id: `syn-art-${n.toString().padStart(6, '0')}`, title: `Synthetic report ${n} (${publisher})`,
      url: `https://example.org/${publisher.toLowerCase().replace(/\W+/g, '-')}/${n}`, publisher, published: iso(published),
      publishedBasis: 'front-matter', provenanceNote: null, file: `synthetic/${n}.txt`, bodyLength: rnd.int(3000, 12000), notes: [],
    };
    articles.push(article);
    return { article, used: 0 };
  };

  const out: TimelineEvent[] = [];
  for (let i = 0; i < events; i++) {
    const conflict = rnd.next() < 0.5 ? 'india-pakistan' : 'russia-ukraine';
    const [a, b] = CONFLICT_COUNTRIES[conflict];
    const type = rnd.pick(EVENT_TYPE_IDS);
    const day = clusteredDay(rnd, centres);
    const actorCountry = rnd.next() < 0.15 ? rnd.pick(MEDIATORS) : rnd.next() < 0.5 ? a : b;
    const actors: Person[] = [];
    const pool = byCountry.get(actorCountry) ?? [];
    if (pool.length && rnd.next() < 0.9) actors.push(rnd.pick(pool));
    if (rnd.next() < 0.3) actors.push(rnd.pick(rnd.next() < 0.2 && nerPeople.length ? nerPeople : people));
    const uniqueActors = [...new Set(actors)];
    const who = uniqueActors[0]?.name ?? actorCountry;
    const title = `${who} ${VERBS[type] ?? EVENT_TYPES[type].label.toLowerCase() + ' involving'} ${actorCountry === a ? b : a}`;
    const sources: TimelineEvent['sources'] = [];
    const publishers = new Set<string>();
    const nSources = 1 + Math.min(5, Math.floor(-Math.log(1 - rnd.next()) * 1.5));
    for (let s = 0; s < nSources; s++) {
      // Each article reports a handful of events from the same days, as real coverage does.
      let draft = open.find((d) => d.used < 6 && Math.abs(Date.parse(d.article.published) - day) <= 2 * DAY && rnd.next() < 0.6);
      if (!draft) {
        draft = newArticle(day + rnd.int(0, 2) * DAY);
        open.push(draft);
        if (open.length > 30) open.shift();
      }
      draft.used++;
      const excerpt = `${rnd.next() < 0.4 ? '"' : ''}${title}, the report said of events on ${iso(day)}.`;
      const start = rnd.int(0, draft.article.bodyLength - excerpt.length - 1);
      const isQuote = excerpt.startsWith('"');
      sources.push({ article: draft.article.id, start, end: start + excerpt.length, excerpt, speaker: isQuote ? (uniqueActors[0]?.id ?? null) : null, isQuote });
      publishers.add(draft.article.publisher ?? '');
    }
    const countries = [...new Set([actorCountry, actorCountry === a ? b : a])];
    out.push({
      id: `syn-${i.toString().padStart(7, '0')}`, conflict, type, cameo: EVENT_TYPES[type].cameo, channel: rnd.pick(CHANNELS),
      date: eventDate(rnd, day), status: rnd.next() < 0.93 ? 'occurred' : 'planned', title,
      actors: uniqueActors.map((p) => p.id), countries, sources, corroboration: publishers.size, notes: [],
    });
  }
  out.sort((x, y) => (x.date.start < y.date.start ? -1 : x.date.start > y.date.start ? 1 : 0));
  return { schemaVersion: 1, articles, people, events: out };
}
