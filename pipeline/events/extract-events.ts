import { EVENT_TYPES, type Channel, type EventType, type Person, type TimelineEvent } from '../../src/shared/schema';
import { findNounDates, type NounDate } from '../dates/noun-dates';
import type { ArticleAnalysis, DateMention, PersonMention, Range, Sentence } from '../types';
import { assignConflict } from './assign-conflict';
import { findCountries } from './country-names';
import { CHANNEL_CUES, CONTACT_TYPES, INCIDENT_TYPES, PLANNED, QUESTION, VERB_CUES } from './event-cues';
import { asSpeakerDates, eventDate } from './event-date';
import { eventTitle } from './event-title';
import { findIncidents } from './find-incidents';
import { findReportedClause, subjectBefore } from './find-reporter';
import { withPronouns } from './resolve-pronouns';

/** An event as read from one sentence, before merging; the extra facts feed the title and merging, not the output. */
export type ExtractedEvent = TimelineEvent & {
  place: string | null;
  agent: string | null;
  /** Index of the sentence it was read from, in its article. */
  sentence: number;
  /** Everyone the sentence mentions (by name, role or pronoun). */
  mentioned: string[];
  /** Who told it, when not the actor: the speaker of the quotation or of "X said that ...". */
  reporter: string | null;
  /** The state the verb is addressed to, when it follows the verb directly ("encouraged India to ..."). */
  addressee: string | null;
};

interface Found {
  type: EventType;
  at: Range;
  actors: string[];
  countries: string[];
  place: string | null;
  agent: string | null;
  addressee?: string | null;
  date: DateMention | null;
}

const inside = (r: Range, outer: Range) => r.start >= outer.start && r.end <= outer.end;
const uniq = <T>(xs: T[]) => [...new Set(xs)];

function channelOf(type: EventType, context: string): Channel {
  if (type === 'phone_call') return 'phone';
  if (INCIDENT_TYPES.has(type)) return 'unknown';
  if (type === 'meeting' || type === 'visit' || type === 'host_visit') return 'in_person';
  return CHANNEL_CUES.find((c) => c.re.test(context))?.channel ?? 'unknown';
}

/** The verbal event of a clause: its type by cue, its subject, and for contacts the other participants. */
function findVerbalEvents(body: string, clause: Range, mentions: PersonMention[], dates: DateMention[], nounDates: NounDate[], skipDates: Range[]): Found[] {
  const text = body.slice(clause.start, clause.end);
  // The main verb usually comes first after its subject: take the earliest cue, the more specific on a tie.
  const cue = VERB_CUES.map((c, rank) => ({ type: c.type, rank, m: c.re.exec(text) }))
    .filter((c) => c.m)
    .sort((x, y) => (x.m?.index ?? 0) - (y.m?.index ?? 0) || x.rank - y.rank)[0];
  if (!cue?.m) return [];
  const at = { start: clause.start + cue.m.index, end: clause.start + cue.m.index + cue.m[0].length };
  const inClause = mentions.filter((m) => inside(m, clause));
  const subject = subjectBefore(text, clause.start, at.start, inClause, 120);
  const named = findCountries(text).map((c) => ({ ...c, start: c.start + clause.start, end: c.end + clause.start }));
  // With no person as subject, a state can be one ("The White House on Tuesday expressed ...").
  const stateSubject = subject ? null : named.filter((c) => c.end <= at.start && at.start - c.end <= 40).pop();
  if (!subject && !stateSubject) return [];
  const objects = CONTACT_TYPES.has(cue.type) ? inClause.filter((m) => m.start >= at.end && m.personId !== subject?.personId) : [];
  const counterpartStates = named.filter((c) => c.start >= at.end);
  if (cue.type === 'phone_call' && objects.length === 0 && counterpartStates.length === 0) return [];
  // A date that names a thing dates this event only when that thing is the event ("Witkoff's recent meeting with").
  const ownNoun = nounDates.filter((n) => n.noun.start < at.end && at.start < n.noun.end).map((n) => n.date);
  const dated = [...dates, ...ownNoun];
  const datesHere = dated.filter((d) => inside(d, clause) && !skipDates.some((s) => d.start < s.end && s.start < d.end));
  const date = datesHere.sort((a, b) => Math.abs(a.start - at.start) - Math.abs(b.start - at.start))[0] ?? null;
  const countries = uniq([...(stateSubject ? [stateSubject.code] : []), ...named.filter((c) => c.start >= at.start).map((c) => c.code)]);
  const addressee = named.find((c) => c.start >= at.end && /^\s*(?:on\s+|upon\s+)?$/.test(body.slice(at.end, c.start)))?.code ?? null;
  const base = { type: cue.type, at, countries, place: null, agent: stateSubject?.code ?? null, addressee, date };
  const counterparts = uniq(objects.map((m) => m.personId));
  if (cue.type === 'phone_call' && subject && counterparts.length > 1) {
    // "X spoke with A and B": two bilateral calls.
    return counterparts.map((c) => ({ ...base, actors: [subject.personId, c] }));
  }
  return [{ ...base, actors: uniq([...(subject ? [subject.personId] : []), ...counterparts]) }];
}

function quoteOf(a: ArticleAnalysis, s: Sentence) {
  return a.quotes.find((q) => Math.min(q.end, s.end) - Math.max(q.start, s.start) > (s.end - s.start) / 2);
}

/** One event per cue in each sentence; the same event told twice is merged later. */
export function extractEvents(a: ArticleAnalysis, people: Map<string, Person>): ExtractedEvent[] {
  const { body } = a.article;
  const mentions = withPronouns(body, a.mentions, a.quotes, people);
  const countryOf = (id: string) => people.get(id)?.country ?? null;
  const events: ExtractedEvent[] = [];
  // The sentence, paragraph and article a clause falls back on are shared by many events: decide each once.
  const decided = new Map<string, ReturnType<typeof assignConflict>>();
  const wider = (text: string) => {
    if (!decided.has(text)) decided.set(text, assignConflict([text], []));
    return decided.get(text) ?? null;
  };
  const paragraphs = new Map<number, string>();
  for (const s of a.sentences) paragraphs.set(s.paragraph, `${paragraphs.get(s.paragraph) ?? ''} ${s.text}`);
  const dates = asSpeakerDates(a, a.dates);
  const clauses = a.sentences.map((s, index) => {
    const reported = findReportedClause(s.text, s.start, mentions);
    return { s, index, reported, incidents: findIncidents(body, reported.clause, dates) };
  });
  // A date that names a thing ("the April 22 attack", "recent diplomatic talks") dates that thing only: not the
  // statement around it, nor a later sentence by inheritance.
  const nounDates = findNounDates(body, dates);
  const incidentDates = clauses.flatMap((c) => c.incidents.flatMap((i) => (i.date ? [i.date] : [])));
  const named = [...incidentDates, ...nounDates.map((n) => n.date)];
  const ownDates = dates.filter((d) => !named.some((r) => d.start < r.end && r.start < d.end));
  for (const { s, index, reported, incidents } of clauses) {
    if (QUESTION.test(s.text)) continue;
    const quote = quoteOf(a, s);
    const found: Found[] = incidents.map((i) => ({ type: i.type, at: i, actors: [], countries: i.countries, place: i.place, agent: i.by[0] ?? null, date: i.date }));
    found.push(...findVerbalEvents(body, reported.clause, mentions, ownDates, nounDates, incidents));
    if (reported.reporter) {
      const at = reported.reporting ?? reported.clause;
      const said = ownDates.filter((d) => inside(d, at))[0] ?? ownDates.filter((d) => inside(d, s))[0] ?? null;
      found.push({ type: 'statement', at, actors: [reported.reporter], countries: [], place: null, agent: null, date: said });
    }
    const paragraph = paragraphs.get(s.paragraph) ?? s.text;
    const speaker = quote?.speaker ?? reported.reporter;
    const mentioned = uniq(mentions.filter((m) => inside(m, s)).map((m) => m.personId));
    for (const f of found) {
      const actorCountries = f.actors.map(countryOf).filter((c): c is string => c !== null);
      const conflict = assignConflict([body.slice(reported.clause.start, reported.clause.end)], actorCountries) ?? wider(s.text) ?? wider(paragraph) ?? wider(body);
      const countries = uniq([...actorCountries, ...f.countries]);
      if (!conflict || (f.actors.length === 0 && countries.length === 0 && !f.place)) continue;
      const planned = PLANNED.test(body.slice(Math.max(reported.clause.start, f.at.start - 40), f.at.end));
      const channel = channelOf(f.type, s.text);
      const title = eventTitle({ type: f.type, actors: f.actors, countries, planned, channel, place: f.place, agent: f.agent }, people);
      events.push({
        id: `${a.article.meta.id}-${s.start}-${events.length}`,
        conflict,
        type: f.type,
        cameo: EVENT_TYPES[f.type].cameo,
        channel,
        date: eventDate(a, f.date, index, INCIDENT_TYPES.has(f.type) ? dates : ownDates),
        status: planned ? 'planned' : 'occurred',
        title,
        actors: f.actors,
        countries,
        sources: [{ article: a.article.meta.id, start: s.start, end: s.end, excerpt: s.text, speaker: speaker ?? null, isQuote: Boolean(quote) }],
        corroboration: 1,
        notes: [],
        place: f.place,
        agent: f.agent,
        addressee: f.addressee ?? null,
        sentence: index,
        mentioned,
        reporter: speaker && !f.actors.includes(speaker) ? speaker : null,
      });
    }
  }
  return events;
}
