import { CONFLICTS, EVENT_TYPES, type EventType, type Person, type TimelineEvent } from '../../src/shared/schema';
import type { ArticleAnalysis, Range, Sentence } from '../types';
import { OWNER_AFTER_NAME } from '../lexicon/owner-words';
import { JOINT_SAYING } from '../lexicon/reporting-verbs';
import { dayListOf, listedDates } from '../dates/day-lists';
import { isNewsOfTheDay } from '../dates/news-present';
import { LOOKING_BACK_OPENER, PAST_PERFECT_BEFORE_VERB, PERFECT_BEFORE_VERB, PERFECT_SAYING, PRESENT_AFTER_TIME_WORD } from '../lexicon/tense-words';
import { delegationHeads } from '../people/resolve-delegations';
import { isArrivalAtHome } from './no-visitor';
import { officesOnEventDay } from '../people/offices-on-event-day';
import { isDatelineLeadPerfect } from './dateline-lead';
import { assignConflict } from './assign-conflict';
import { CONTACT_NOUN_CUE, CONTACT_TYPES, INCIDENT_TYPES, ONGOING, PLANNED, QUESTION, SPEECH_ACTS, TOLD_AHEAD_AFTER, TOLD_HELD_AFTER } from './event-cues';
import { channelOf } from './channel-of';
import { venueToldBefore } from './venue-told-before';
import { articleDating, asSpeakerDates } from './event-date';
import { eventTitle } from './event-title';
import { findIncidents, type Incident } from './find-incidents';
import { isCommentator } from './commentators';
import { isWitnessOfTheScene } from './witnesses';
import { findReportedClause, tellerNamedAfter } from './find-reporter';
import { knownEventDate } from './known-event-day';
import { findVerbalEvents, type Found } from './find-verbal-events';
import { withPronouns } from './resolve-pronouns';
import { withPromisesToListeners } from './promise-to-a-listener';
import { withParticipationsLast } from './participations-last';
import { withoutSourceAttributions } from './one-act-of-speaking';
import { PAIR_REACH, lastTwoNamed, pairFor, type NamedPair } from './named-pair';
import { isUndatedForecast } from './forecasts';
import { refersBackToHappening } from './told-again';
import { withHeadlinesToldAgain } from './headline-told-again';
import { occasionContacts, occasionsIn, withPartnersOfTheContact } from './occasion-of-an-act';
import { contactsWithRelativeClause } from './contact-with-relative-clause';
import { isHeadlinePlan } from './headline-plan';
import { headlineColonClause } from './headline-colon';
import { asksInHeadline } from './headline-question';
import { statementTypeOf } from './saying-content';
import { unreadSentenceEvents } from './unread-sentences/unread-sentence-events';
import { inside } from '../ranges';

/** An event as read from one sentence, before merging; the extra facts feed the title and merging, not the output. */
export type ExtractedEvent = TimelineEvent & {
  place: string | null;
  agent: string | null;
  /** Index of the sentence it was read from, in its article. */
  sentence: number;
  /** Index of that sentence's paragraph: what one paragraph tells is one passage of the story. */
  paragraph: number;
  /** Everyone the sentence mentions (by name, role or pronoun). */
  mentioned: string[];
  /** Who told it, when not the actor: the speaker of the quotation or of "X said that ...". */
  reporter: string | null;
  /** The state the verb is addressed to, when it follows the verb directly ("encouraged India to ..."). */
  addressee: string | null;
  /** Takes part in a contact told before ("X also took part"): folded into it within the article. */
  joins: boolean;
  /** A visit told as known already ("his recent visit"): the trip of a sitting told in the article, else no event. */
  knownVisit?: boolean;
  /** A saying told apart from its teller's contact ("said after meeting X"): a statement of its own, not that contact's content. */
  saidApart?: boolean;
  /** An attack or a measure named by "the" or "this" ("the attack", "this Russian strike", "the sanctions"): one told before, again. */
  refersBack?: boolean;
  /** Whom a saying was addressed to by name ("Putin told Xi"): they heard it where it was said, at a call or a sitting. */
  listeners?: string[];
  /** A statement's type by what it told ("said India was behind the attack": an accusation), taken after merging. */
  toldType?: EventType;
  /** Who rang, when a call's sentence names several subjects ("A and B spoke to C"): merge/calls-of-each-caller.ts reads it. */
  callers?: string[];
  /** Set by the fold (merge/fold-within-article.ts): an undated agreement whose guessed range holds several its article dates, joined to none of them. */
  amongDays?: boolean;
};

/** Enough text after a name for "'s" and two words before the noun it qualifies. */
const OWNER_REACH = 60;

const uniq = <T>(xs: T[]) => [...new Set(xs)];

/**
 * "Macron, who travelled to Kyiv on Saturday, told reporters that ...": a relative clause right after the teller's
 * name, inside the reporting words, tells an act of the teller's own. Up to the comma that closes it.
 */
const TELLER_RELATIVE = /^,\s*who\s[^;.!?"“”]{0,140}?(?=,)/;

/** "Russian and Ukrainian delegations", "the delegations of both states": delegations as the subject of a contact. */
const DELEGATIONS = /\bdelegations\b/i;

/** Words that open a phrase of occasion before a teller, with no quotation inside it: "In a phone call with X last week, ". */
const OCCASION_OPENER = /^\s*(?:in|during|at|over)\s[^"“”]*$/i;

/** How far before its verb a word of tense ("will", "is expected to") may stand. */
const TENSE_REACH = 40;

/**
 * The words whose tense is an event's: its verb and what stands before it in its clause, but not across the end of a
 * quotation ("“We will assume ...,” Putin said"). "The talks will take place on June 2, Lavrov said": what was told
 * is planned, the telling is not, so a saying has only its own words.
 */
function tenseWordsOf(body: string, f: Found, clauseStart: number): string {
  const from = f.saying ? f.at.start : Math.max(clauseStart, f.at.start - TENSE_REACH);
  const all = body.slice(from, f.at.end);
  // A saying's tense is its reporting verb's, not a fronted phrase's ("Asked whether he would attend, X said").
  const words = f.saying ? all.slice(all.search(/[^,;:]*$/)) : all;
  const closed = words.search(/[”"][^”"]*$/);
  return closed >= 0 ? words.slice(closed + 1) : words;
}

const PERFECT = new RegExp(PERFECT_BEFORE_VERB, 'i');
const PAST_PERFECT = new RegExp(PAST_PERFECT_BEFORE_VERB, 'i');
const PERFECT_REPORT = new RegExp(PERFECT_SAYING, 'i');
const LOOKING_BACK = new RegExp(LOOKING_BACK_OPENER, 'i');

/**
 * Whether a found event is told as background: its verb in the perfect ("had condemned"; for a saying, its reporting
 * words: "India has stated that"), or its clause opened by "Earlier," / "Previously,".
 */
function toldAsBackground(body: string, f: Found, sentence: Sentence, clause: Range, reporting: Range | null): boolean {
  if (LOOKING_BACK.test(body.slice(sentence.start, f.at.end))) return true;
  if (f.saying) return PERFECT_REPORT.test(body.slice(f.at.start, f.at.end));
  const before = body.slice(Math.max(clause.start, f.at.start - TENSE_REACH), f.at.start);
  if (reportedInPast(body, reporting, f) && PAST_PERFECT.test(before)) return false;
  return PERFECT.test(before);
}

/**
 * "Trump posted that the two sides had agreed to a truce": after reporting words in the simple past, the past perfect of
 * what was told only shifts it back with the telling; the telling's own tense says whether it is background ("has
 * agreed", a present perfect, still tells it as earlier news).
 */
function reportedInPast(body: string, reporting: Range | null, f: Found): boolean {
  if (!reporting || reporting.end > f.at.start) return false;
  const words = body.slice(reporting.start, reporting.end);
  return !PERFECT_REPORT.test(words) && !LOOKING_BACK.test(words);
}

function quoteOf(a: ArticleAnalysis, s: Sentence) {
  return a.quotes.find((q) => Math.min(q.end, s.end) - Math.max(q.start, s.start) > (s.end - s.start) / 2);
}

/** One event per cue in each sentence; the same event told twice is merged later. */
export function extractEvents(a: ArticleAnalysis, people: Map<string, Person>): ExtractedEvent[] {
  const { body } = a.article;
  const mentions = withPronouns(body, a.mentions, a.quotes, people);
  // "Trump's envoy met Putin": only the people a sentence names for themselves act, report or take part.
  const acting = mentions.filter((m) => !OWNER_AFTER_NAME.test(body.slice(m.end, m.end + OWNER_REACH)));
  const countryOf = (id: string) => people.get(id)?.country ?? null;
  const heads = delegationHeads(body, mentions, countryOf);
  const holderOnEventDay = officesOnEventDay(a.mentions, people);
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
    // Rule "a headline's teller and colon" (headline-colon.ts): "Zelensky: Russia must agree" is what Zelensky said.
    const colon = headlineColonClause(body, s, acting);
    const reported = colon ?? findReportedClause(s.text, s.start, acting);
    return { s, index, reported, colonTeller: colon !== null, incidents: findIncidents(body, reported.clause, dates) };
  });
  const attributed = new Set(clauses.flatMap((c) => c.incidents).filter((i) => i.by.length > 0).map((i) => i.type));
  let lastPair: NamedPair | null = null;
  // Rule "the two people named last" (named-pair.ts): the pair words' noun picks the last two people it fits.
  const namedLastBefore = (f: Found, index: number): NamedPair | null => {
    const from = a.sentences[Math.max(0, index - PAIR_REACH)]?.start ?? 0;
    const actors = f.pairNoun ? lastTwoNamed(f.pairNoun, mentions.filter((m) => m.start >= from && m.end <= f.at.end), people, a.article.meta.published) : null;
    return actors ? { actors, sentence: index } : null;
  };
  const dating = articleDating(a, dates, clauses.flatMap((c) => c.incidents), clauses.map((c) => c.reported.reporting));
  for (const { s, index, reported, colonTeller, incidents } of clauses) {
    // "Asked whether X would meet Y, Z said ...": the question tells nothing that happened; the answer is Z's saying,
    // and what Z said is read as any report. A question with no teller found around it is skipped whole.
    const asks = QUESTION.test(s.text);
    if (asks && !reported.reporting) continue;
    // Rule "a headline that asks" (headline-question.ts): "Modi to meet Putin?" tells no act.
    if (asksInHeadline(body, s)) continue;
    const quote = quoteOf(a, s);
    const found: Found[] = incidents.map((i) => ({ type: i.type, at: i, actors: [], countries: i.countries, place: i.place, agent: i.by[0] ?? null, date: dating.incident(i, index) }));
    const teller = reported.reporter && reported.reporting ? (acting.find((m) => m.personId === reported.reporter && inside(m, reported.reporting as Range)) ?? null) : null;
    // A source set off inside the clause ("Putin, according to X, used ...") names its teller, no one who acts in it.
    const setOff = reported.setOff && reported.reporting ? reported.reporting : null;
    const actingInClause = setOff ? acting.filter((m) => !inside(m, setOff)) : acting;
    // The dates of a verb in any part of this clause: one reading, whatever words the part spans.
    const dateIn = (within: Range, at: Range, type: EventType) => dating.verbal(within, at, type, incidents);
    const verbal = findVerbalEvents(body, reported.clause, actingInClause, dateIn, teller);
    // Undated, the teller's act goes on when they told it ("said on Thursday that ..., and urged").
    for (const f of verbal) if (f.continuesReport && !f.date && reported.reporting) f.date = dating.saying(reported.reporting);
    // "India launched Operation Sindoor on May 7": the verb's attack is the incident its words name ("Operation
    // Sindoor" with its date), told once; undated itself, the verb takes that incident's date, place and states.
    for (const f of verbal) {
      if (f.date || !INCIDENT_TYPES.has(f.type)) continue;
      const named = incidents.find((i) => i.type === f.type && i.start <= f.at.end && f.at.start < i.end);
      const told = named ? found.findIndex((x) => x.at === named) : -1;
      if (!named || told < 0) continue;
      f.date = found[told]?.date ?? null;
      f.place ??= named.place;
      f.countries = uniq([...f.countries, ...named.countries]);
      found.splice(told, 1);
    }
    found.push(...verbal);
    // "The treasury announced sanctions on Wednesday, as Trump confirmed that ...": the clause before the teller is told by the article itself.
    const before = asks ? undefined : reported.before;
    if (before) found.push(...findVerbalEvents(body, before, acting, dateIn).map((f) => ({ ...f, toldByArticle: true })));
    // "X, who said ... that ..., met Y": the teller's own verb after the relative clause, with the teller as its subject.
    const main = reported.mainAfter;
    if (teller && main) {
      const words = { start: teller.start, end: main.end };
      found.push(...findVerbalEvents(body, words, acting, dateIn).filter((f) => f.at.start >= main.start));
    }
    // Rule "the occasion before the teller": "In a phone call with Trump last week, Putin said that ...": a contact that
    // frames the reporting words before the teller is the teller's, with whom it names (one contact: its cues may overlap);
    // what was said stays a saying.
    // Only a phrase of occasion opens it ("In a call with", "During talks with", "At a meeting with"): a question put to
    // the teller ("Asked if X would speak to Y, Z said") or words quoted before them tell no contact of theirs.
    const occasion = teller && reported.reporting && reported.reporting.start < teller.start && OCCASION_OPENER.test(body.slice(reported.reporting.start, teller.start)) ? { start: reported.reporting.start, end: teller.end } : null;
    if (occasion && teller) found.push(...findVerbalEvents(body, occasion, acting, dateIn).filter((f) => CONTACT_TYPES.has(f.type) && f.actors.includes(teller.personId) && f.actors.length > 1).slice(0, 1));
    // Rule "the occasion of the saying" (occasion-of-an-act.ts): "said so during a meeting with X", "Speaking after talks
    // with X, Y said", "The announcement came during a meeting with X": a contact of the act's actor with X.
    const prior = clauses[index - 1];
    const priorActor = prior ? (acting.find((m) => m.personId === prior.reported.reporter && inside(m, prior.s)) ?? acting.find((m) => inside(m, prior.s)) ?? null) : null;
    const occasions = occasionsIn(body, s, acting);
    found.push(...occasionContacts({ body, sentence: s, teller, reported, mentions: acting, previousActor: priorActor, dateIn, previous: prior?.s ?? null }, occasions, found));
    withPartnersOfTheContact(body, occasions, found);
    found.push(...contactsWithRelativeClause(body, s, acting, found, dateIn, dates));
    const relative = teller ? TELLER_RELATIVE.exec(body.slice(teller.end, reported.reporting?.end ?? teller.end)) : null;
    const relativeEnd = teller && relative ? teller.end + relative[0].length : null;
    if (teller && relativeEnd !== null) {
      const words = { start: teller.start, end: relativeEnd };
      found.push(...findVerbalEvents(body, words, acting, dateIn));
    }
    // "X said that ..., and accused Y": the accusation is X's act of speaking; no statement besides it.
    // Rule "a commentator's saying" (commentators.ts): an analyst or a former diplomat speaks for no state; nor does
    // a witness of the scene (witnesses.ts): a doctor, a resident or an eyewitness.
    if (reported.reporter && !verbal.some((f) => f.continuesReport) && !(teller && (isCommentator(body, teller) || isWitnessOfTheScene(body, teller)))) {
      // The relative clause's date is its own act's ("X, who arrived on Saturday, said"), not the saying's.
      const at = reported.reporting && relativeEnd !== null ? { start: relativeEnd, end: reported.reporting.end } : (reported.reporting ?? reported.clause);
      // "Both Putin and Trump said after the call that ...": each of a list of tellers spoke, one act of speaking each.
      // "X, who met Y on Monday, said ...": the contact the relative clause tells is an occasion of its own, not where
      // the saying was made.
      const relativeContact = relativeEnd !== null && found.some((f) => CONTACT_TYPES.has(f.type) && teller !== null && f.at.start > teller.end && f.at.end <= relativeEnd);
      // Rule "a joint saying": "In a joint statement, A, B and C said", "A and B jointly said": one act of all of them.
      const joint = reported.tellers !== undefined && JOINT_SAYING.test(body.slice(s.start, at.end));
      const voices = joint && reported.tellers ? [reported.tellers] : (reported.tellers ?? [reported.reporter]).map((t) => [t]);
      for (const actors of voices) found.push({ type: 'statement', at, actors, countries: [], place: null, agent: null, date: dating.saying(at), saying: true, ...(reported.contactApart || relativeContact || verbal.some((f) => f.beforeSaying) ? { saidApart: true } : {}) });
    }
    // Stage "the unread sentence" (unread-sentences/): a sentence of the story no stage read any event from, read
    // again as a last resort for a word of the broad lexicon, under general guards.
    if (found.length === 0 && !asks && !quote) found.push(...unreadSentenceEvents({ body, sentence: s, clause: reported.clause, mentions: actingInClause, dates, dateIn }));
    // Rule "a promise told to a listener" (promise-to-a-listener.ts): "X told Y that Z would help" is X's promise to Y.
    found.splice(0, found.length, ...withParticipationsLast(withPromisesToListeners(body, s, found, actingInClause, (at) => dating.saying(at))));
    // "had engaged on May 10, 12, and 14": one act for each day of a list told for its verb; ", the ministry said" is a source.
    found.splice(0, found.length, ...withoutSourceAttributions(body, found, s).flatMap((f) => (f.date && !f.saying ? listedDates(body, dayListOf(body, dates, f.date)).map((date) => ({ ...f, date })) : [f])));
    const paragraph = paragraphs.get(s.paragraph) ?? s.text;
    const speaker = quote?.speaker ?? reported.reporter;
    const mentioned = uniq(mentions.filter((m) => inside(m, s)).map((m) => m.personId));
    for (const f of found) {
      // Rule "an arrival at home" (no-visitor.ts): a person arriving in their own state visits nowhere.
      if (isArrivalAtHome(body, f, countryOf)) continue;
      const actorCountries = f.actors.map(countryOf).filter((c): c is string => c !== null);
      const conflict = assignConflict([body.slice(reported.clause.start, reported.clause.end)], actorCountries) ?? wider(s.text) ?? wider(paragraph) ?? wider(body);
      // "The two sides met": both parties of the crisis act.
      // "hundreds of instances of shelling": military action in a story of one war that names no state is between its
      // parties, unless the story tells attacks of that kind by states (then it is likely one of those, told again). A
      // terrorist attack is not: who stands behind it is what the story disputes.
      const warParties = conflict && f.type === 'military_action' && f.countries.length === 0 && actorCountries.length === 0 && !attributed.has(f.type);
      // "Rubio met Lavrov. The two ministers agreed ...": the pair named just before, with their states.
      const pair = f.pair ? (pairFor(lastPair, index) ?? namedLastBefore(f, index)) : null;
      // "the pair", "the two envoys" with no two people named just before: nobody the text names.
      if (f.peopleOnly && !pair) continue;
      if (pair) f.actors = uniq([...f.actors, ...pair.actors]);
      const pairCountries = pair ? pair.actors.map(countryOf).filter((c): c is string => c !== null) : [];
      const countries = uniq([...actorCountries, ...pairCountries, ...f.countries, ...(((f.collective && !pair) || warParties) && conflict ? CONFLICTS[conflict].countries : [])]);
      // "The two sides held talks": where the article names who led each side's delegation, they took part.
      if (f.collective && !pair && conflict && CONTACT_TYPES.has(f.type)) {
        const leaders = CONFLICTS[conflict].countries.map((c) => heads.get(c)).filter((id): id is string => id !== undefined);
        f.actors = uniq([...f.actors, ...leaders]);
      }
      // "Russian and Ukrainian delegations held talks", "Russia and Ukraine held talks in Istanbul", "Russian negotiators
      // handed a memorandum to their Ukrainian counterparts": a contact that names no one, of the parties' delegations or
      // of both parties, is held by the heads of their delegations, where the article names the head of each side (one
      // side's head alone would make it that person's contact with nobody).
      if (!f.collective && f.actors.length === 0 && conflict && CONTACT_TYPES.has(f.type)) {
        const parties = CONFLICTS[conflict].countries.filter((c) => countries.includes(c));
        const ofDelegations = DELEGATIONS.test(body.slice(reported.clause.start, f.at.start)) && parties.length > 0;
        const leaders = parties.map((c) => heads.get(c)).filter((id): id is string => id !== undefined);
        if ((ofDelegations || parties.length === CONFLICTS[conflict].countries.length) && leaders.length === parties.length) f.actors = uniq(leaders);
      }
      // "The April 22 attack killed 26 people ... in the disputed Himalayan region": an incident the text pins to a day
      // of its own is one, in a story of its crisis, though its sentence names no state or place.
      const pinned = INCIDENT_TYPES.has(f.type) && f.date?.date.precision === 'day' && f.date.date.basis === 'explicit';
      if (!conflict || (f.actors.length === 0 && countries.length === 0 && !f.place && !pinned)) continue;
      const toldAhead = CONTACT_NOUN_CUE.test(body.slice(f.at.start, f.at.end)) && TOLD_AHEAD_AFTER.test(body.slice(f.at.end, reported.clause.end));
      const tense = tenseWordsOf(body, f, reported.clause.start);
      // "Putin will respond to Ukraine's weekend drone attack": an incident whose own date is past is no plan, though
      // the clause it is named in tells one.
      const pastIncident = incidents.includes(f.at as Incident) && f.date !== null && f.date.date.end < a.article.meta.published;
      const toldHeld = CONTACT_NOUN_CUE.test(body.slice(f.at.start, f.at.end)) && TOLD_HELD_AFTER.test(body.slice(f.at.end, reported.clause.end));
      // "Modi to visit Japan": a headline's infinitive; "when he meets Zelensky": the present after a word of time.
      const aheadByForm = !f.saying && (isHeadlinePlan(body, s.start, f.at) || PRESENT_AFTER_TIME_WORD.test(tense));
      const planned = !pastIncident && ((PLANNED.test(tense) && !toldHeld) || toldAhead || aheadByForm || dating.ahead(f.date, f.at));
      const ongoing = !planned && ONGOING.test(tense);
      // Rule "the news present" (dates/news-present.ts): "Modi meets Macron", "the ministry condemns", a headline's
      // "Zelensky: ...": just done.
      const reporting = reported.reporting ? body.slice(reported.reporting.start, reported.reporting.end) : null;
      const leadPerfect = !planned && !ongoing && isDatelineLeadPerfect(body, s, f.at);
      const present = leadPerfect || (!planned && !ongoing && !incidents.includes(f.at as Incident) && isNewsOfTheDay({ saying: Boolean(f.saying), colonTeller, tense, cue: body.slice(f.at.start, f.at.end), reporting }));
      // A saying is the report itself: a date among its reporting words that is not its own ("X, who met Y on Saturday,
      // said") does not bound it.
      const facts = { incident: INCIDENT_TYPES.has(f.type), planned, reporting: f.saying || (f.toldByArticle && reported.relativeTeller) ? null : reported.reporting, ongoing, background: !planned && !ongoing && !leadPerfect && toldAsBackground(body, f, s, reported.clause, reported.reporting), present, saying: Boolean(f.saying) || SPEECH_ACTS.has(f.type) };
      const dated = dating.event(f.date, index, facts);
      // "India launched Operation Sindoor", "since the Alaska summit": an event its words name by the name of a known
      // event takes that event's day, unless the text dates it otherwise.
      const known = knownEventDate(body, f.at, reported.clause, dated, { type: f.type, conflict, countries, published: a.article.meta.published, planned });
      // Rule "after the named happening": undated, it came after the earlier happening its sentence names.
      const date = known ? dating.event(known, index, facts) : (dating.afterNamed(dated, f.at, index, conflict, facts, f.type) ?? dated);
      // "X was expected to press Y", "Z plans to respond to the strike": a remark or an attack to come, undated, is a forecast.
      if (isUndatedForecast(f.type, planned, date)) continue;
      const ownChannel = channelOf(f.type, { sentence: s.text, words: body.slice(f.at.start, f.at.end), beforeCue: body.slice(s.start, f.at.start), end: date.end, published: a.article.meta.published, toldOutlet: Boolean(f.saying && reported.toldOutlet) });
      // An office named without its holder names whoever held it on the event's day, not the publication day.
      const onDay = holderOnEventDay(s, date.start, date.end);
      const actors = uniq(f.actors.map(onDay).filter((id): id is string => id !== null));
      // Rule "the venue told before": a saying with no venue or date of its own was made where the sentence before says
      // its one speaker spoke ("X was upbeat in a social media post. '...,' he said"); one dated apart is another occasion.
      const [speakerAlone] = actors;
      const channel = ownChannel === 'unknown' && SPEECH_ACTS.has(f.type) && !f.date && actors.length === 1 && speakerAlone ? (venueToldBefore(a.sentences, index, speakerAlone, mentions) ?? ownChannel) : ownChannel;
      // The clause before the teller is the article's own telling: the teller did not report it.
      // A saying is its teller's own act ("Dar and Sharif said": Sharif's saying is Sharif's to tell, not Dar's report).
      const teller = f.saying && reported.tellers ? (f.actors[0] ?? speaker) : speaker;
      const told = teller && !f.toldByArticle ? onDay(teller) : null;
      // Rule "a saying typed by what it says" (saying-content.ts): the type a statement's content tells, taken once merging
      // is done (merge-events.ts); until then it is a statement, so that it folds and merges as one, on its own date.
      const toldType = statementTypeOf(body, f, reported, found, actorCountries.length > 0 ? actorCountries : f.agent ? [f.agent] : f.countries);
      const title = eventTitle({ type: f.type, actors, countries, planned, channel, place: f.place, agent: f.agent }, people);
      events.push({
        id: `${a.article.meta.id}-${s.start}-${events.length}`,
        conflict,
        type: f.type,
        cameo: EVENT_TYPES[f.type].cameo,
        channel,
        date,
        status: planned ? 'planned' : 'occurred',
        title,
        actors,
        countries,
        sources: [{ article: a.article.meta.id, start: s.start, end: s.end, excerpt: s.text, speaker: told, isQuote: Boolean(quote) }],
        corroboration: 1,
        notes: [],
        place: f.place,
        agent: f.agent,
        addressee: f.addressee ?? null,
        joins: f.joins ?? false,
        ...(toldType !== f.type ? { toldType } : {}),
        ...(f.knownVisit ? { knownVisit: true } : {}),
        ...(f.saidApart ? { saidApart: true } : {}),
        ...(refersBackToHappening(body, f.type, f.at, s.start) ? { refersBack: true } : {}),
        ...(f.listeners?.length ? { listeners: uniq(f.listeners.map(onDay).filter((id): id is string => id !== null)) } : {}),
        ...(f.callers ? { callers: uniq(f.callers.map(onDay).filter((id): id is string => id !== null)) } : {}),
        sentence: index,
        paragraph: s.paragraph,
        mentioned: uniq(mentioned.map(onDay).filter((id): id is string => id !== null)),
        reporter: told && !actors.includes(told) ? told : null,
      });
      // "Witkoff and Kushner met Umerov. The pair then ...": two subjects are the pair, whoever they met.
      const [one, other, ...more] = actors;
      if (f.subjectPair) lastPair = { actors: f.subjectPair, sentence: index };
      else if (one && other && more.length === 0) lastPair = { actors: [one, other], sentence: index };
    }
  }
  // "... . This was stated by Prime Minister X.": X told the sentence before; its acts of speaking with no one named,
  // of X's state or of none, are X's.
  for (const { s, index } of clauses) {
    const teller = tellerNamedAfter(s.text, s.start, acting);
    const home = teller ? countryOf(teller.personId) : null;
    for (const e of teller ? events : []) {
      if (e.sentence !== index - 1 || e.actors.length > 0 || !SPEECH_ACTS.has(e.type) || (e.agent !== null && e.agent !== home)) continue;
      e.actors = [teller?.personId ?? ''];
      e.countries = uniq([...(home ? [home] : []), ...e.countries]);
    }
  }
  return withHeadlinesToldAgain(body, events);
}
