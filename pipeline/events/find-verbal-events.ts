import type { EventType } from '../../src/shared/schema';
import type { DateMention, PersonMention, Range } from '../types';
import { findCountries, type CountryMention } from '../lexicon/country-names';
import { CONTACT_TYPES, SPEECH_ACTS, VERB_CUES, type VerbCue } from './event-cues';
import { isNoActHere } from './no-act-here';
import { isWitnessOfTheScene } from './witnesses';
import { continuesAct, continuesContact, secondVerbOfOneSaying, participleOfPrevious, tellerContactOfSaying, tellerGoesOn, tellersParticiple, withoutVehicleStatements } from './one-act-of-speaking';
import { withTimesInsideActsBlanked } from './time-inside-an-act';
import { isGerundOfTime, subjectAfterOpening } from './gerund-of-time';
import { isWithPlan } from './with-plan';
import { isCommentator } from './commentators';
import { ING_PREPOSITIONS, accountedObjectAt, clauseSegment, coordinatedClauseOf, passiveAgentStart, serialListCommas, memberLists, collectiveSubjectBefore, isOnlyPrepared, institutionSubjectBefore } from './clause-structure';
import { APPOSITIVE, subjectBefore } from './find-reporter';
import { gappedContacts, isEachSubjectApart, isOneCallWithAll, partiesNamedWithin, standsAfterPreposition } from './contact-parties';
import { isBackgroundVisit } from './owned-visits';
import { inHeadline } from '../sentences/in-headline';
import { isOnlyPeopleNoun, namesAPair, namesOnlyPeoplePair, pairNounAfterBetween, pairNounBefore } from './named-pair';
import { PREPOSITION_BEFORE } from '../lexicon/reporting-verbs';
import { JOINED_BY_AND, PEOPLE_LIST_GAP, TITLE_RUN } from '../lexicon/lists-of-people';
import { inside } from '../ranges';

/** One event read from a clause, before it is dated, titled and placed in a conflict. */
export interface Found {
  type: EventType;
  at: Range;
  actors: string[];
  countries: string[];
  place: string | null;
  agent: string | null;
  addressee?: string | null;
  date: DateMention | null;
  /** Takes part in a contact told before it ("X also took part"), rather than being one of its own. */
  joins?: boolean;
  /** The subject is both parties ("the two sides", "both countries"): the conflict's parties act. */
  collective?: boolean;
  /** The collective subject names two people or their sides ("the two leaders"): a pair named just before, if any. */
  pair?: boolean;
  /** The collective subject can only be two people ("the pair", "the two envoys"): without a pair before it, nobody. */
  peopleOnly?: boolean;
  /** The noun of words for two people ("leaders", "men"): without a pair acting before, the last two named it fits. */
  pairNoun?: string;
  /** Exactly two people are the subject ("Witkoff and Kushner met Umerov"): the pair a later "the pair" stands for. */
  subjectPair?: [string, string];
  /** Whoever told the clause goes on to this act ("X said that ..., and accused Y"): it is their act of speaking. */
  continuesReport?: boolean;
  /** The act of telling itself ("..., Lavrov said"): its tense is its own words', never that of what was told. */
  saying?: boolean;
  /** A visit named by whose it is, undated ("his recent visit to Tehran"): background, kept only as the trip of a sitting. */
  knownVisit?: boolean;
  /** The teller's contact told as the time of their saying, apart from it ("said after meeting X that ..."). */
  beforeSaying?: boolean;
  /** A saying told apart from its teller's contact ("said after meeting X"): not what was said in that contact. */
  saidApart?: boolean;
  /** Told by the article itself, in a clause of its own before the teller ("Trump announced X, and Rubio said ..."): nobody reported it. */
  toldByArticle?: boolean;
  /** Told in a gerund of time ("a day after threatening ...", gerund-of-time.ts): an act of its own, apart from the main clause's. */
  ofTime?: boolean;
  /** Whom a saying was addressed to, by name ("told Xi", "urged Rubio"): they heard it where it was said. */
  listeners?: string[];
  /** The subjects of a call told with counterparts, named one by one ("A and B spoke to C"): who rang, for the merge (merge/calls-of-each-caller.ts). */
  callers?: string[];
}

/** A cue found in a clause, offsets absolute. */
export interface CueMatch extends Range {
  type: EventType;
  name: string;
  subjectless: VerbCue['subjectless'] | null;
  plural: boolean;
  objectActs: boolean;
  tellersVerdict: boolean;
  joins: boolean;
  frame: boolean;
  passive: boolean;
  adjunct: boolean;
}

/** "the talks", "the marathon talks", "the two-hour conversation": a definite article before the noun and its modifiers. */
const DEFINITE_BEFORE = /\b(?:the|these|those)\s+(?:[\w-]+\s+){0,2}$/i;
const DEFINITE_REACH = 40;
const DEFINITE_FRAME = /^(?:at|during|in)\s+the\s/i;

/** Where a visit went: the name after "to"/"in", past "the Turkish city of" (the city, not its state's adjective). */
const VISITED = /^\s*(?:to\s+|in\s+)?(?:the\s+)?(?:(?:\p{Lu}[\p{L}-]+\s+)?(?:city|town|port|resort|capital)\s+of\s+)?(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2})/u;
/** How far before its verb a state may stand and still be its subject ("India on Thursday destroyed"). */
const STATE_SUBJECT_REACH = 40;
/** How far before its verb a person may be named and still be its subject (appositives lie between). */
const PERSON_SUBJECT_REACH = 120;

const uniq = <T>(xs: T[]) => [...new Set(xs)];

/** Each cue's pattern, global for matchAll, compiled once. */
const GLOBAL_CUES = VERB_CUES.map((cue) => ({ cue, re: new RegExp(cue.re.source, cue.re.flags.includes('g') ? cue.re.flags : `${cue.re.flags}g`) }));

/**
 * Every cue of a clause, in text order; where two overlap, the rule earlier in VERB_CUES claims the words. The clause
 * is read again with the times inside acts' words blanked (rule "a time inside an act's words"): a cue that only that
 * reading finds is kept where the first claimed no words.
 */
export function findCues(text: string, offset: number): CueMatch[] {
  const out: CueMatch[] = [];
  const blanked = withTimesInsideActsBlanked(text);
  for (const reading of blanked === text ? [text] : [text, blanked]) addCues(reading, offset, out);
  return out.sort((a, b) => a.start - b.start);
}

function addCues(text: string, offset: number, out: CueMatch[]): void {
  for (const { cue, re } of GLOBAL_CUES) {
    for (const m of text.matchAll(re)) {
      const r = { start: offset + m.index, end: offset + m.index + m[0].length };
      if (!out.some((o) => o.start < r.end && r.start < o.end)) out.push({ ...r, type: cue.type, name: cue.name, subjectless: cue.subjectless ?? null, plural: cue.plural ?? false, objectActs: cue.objectActs ?? false, joins: cue.joins ?? false, frame: cue.frame ?? false, passive: cue.passive ?? false, tellersVerdict: cue.tellersVerdict ?? false, adjunct: cue.adjunct ?? false });
    }
  }
}

/** "India and Pakistan had agreed": every state joined by "and" or a comma to the subject state, in text order. */
function coordinated(body: string, named: CountryMention[], last: CountryMention | undefined): string[] {
  if (!last) return [];
  const out = [last];
  for (let i = named.indexOf(last) - 1; i >= 0; i--) {
    const prev = named[i];
    const head = out[0];
    // "France, the United Kingdom, Germany and Poland said": a list of states, "the" before a name included.
    if (!prev || !head || !/^\s*(?:,|and|,\s*and)\s*(?:the\s+)?$/.test(body.slice(prev.end, head.start))) break;
    out.unshift(prev);
  }
  return out.map((c) => c.code);
}

/** People who act for the state named after them: "representatives of", "the delegation of", "officials from". */
const ACT_FOR_STATE = /(?:^|[^\p{L}])(?:representatives|officials|delegations?|delegates|envoys|diplomats|negotiators|leadership|authorities)\s+(?:of|from)\s+(?:the\s+)?$/iu;

/**
 * Between a state and its verb, farther than STATE_SUBJECT_REACH: a saying of the state whose "it" is the verb's subject
 * ("Pakistan on Saturday (May 3) claimed that it had successfully conducted"), or the perfect's auxiliary and a phrase
 * set off before the participle ("India has, in exercise of its rights under international law, placed").
 */
const STATE_SUBJECT_GAP = /^\s+(?:[^.;:!?"“”]{0,60}?\b(?:said|says|claimed|claims|announced|announces|stated|confirmed|confirms)\s+(?:that\s+)?it\s+(?:(?:has|had|have|would|will|was)\s+)?(?:\w+ly\s+)?|(?:has|have|had)\s*,?\s+(?:in|as|under|with|after|despite|following)\s+[^.;:!?"“”]{0,100},\s*)$/i;
const STATE_SUBJECT_FAR = 160;

/** A state right before the verb, not as the object of a preposition ("attacks on Pakistan, India destroyed"). */
function stateSubjectOf(body: string, named: CountryMention[], at: Range, from: number): CountryMention | undefined {
  // Rule "the state before its appositive": "China, which shares borders with both and is an ally of Pakistan, said",
  // "China, a close ally of Pakistan, said": the state a relative clause or an appositive describes is the subject,
  // not the states named inside it.
  const described = named.find((c) => c.start >= from && c.end <= at.start && APPOSITIVE.test(body.slice(c.end, at.start)));
  if (described) return described;
  const before = named.filter((c) => c.start >= from && c.end <= at.start && (at.start - c.end <= STATE_SUBJECT_REACH || (at.start - c.end <= STATE_SUBJECT_FAR && STATE_SUBJECT_GAP.test(body.slice(c.end, at.start))))).pop();
  if (!before) return undefined;
  const lead = body.slice(Math.max(from, before.start - 12), before.start);
  // Rule "those who act for a state": "representatives of Ukraine met", "officials of the two states agreed": the
  // state after a group of its people and "of" is their subject.
  if (ACT_FOR_STATE.test(body.slice(Math.max(from, before.start - 40), before.start))) return before;
  // The object of a preposition or of an "-ing" form ("leaders visiting Kyiv demanded") is no subject.
  return /\b(?:on|in|at|against|with|to|for|from|by|of|into|\p{L}{3,}ing)\s+(?:the\s+)?$/iu.test(lead) ? undefined : before;
}

/** Words that name a group standing for its head (people/resolve-delegations.ts): "the delegation", "the Russian delegation". */
const SPEAKS_AS_A_BODY = /\bdelegation$/i;

/** A gerund with its object ("launching massive attacks"); a lone "-ing" word is an adjective ("the visiting envoy"). */
const GERUND = new RegExp(String.raw`^(?!${ING_PREPOSITIONS}\b)\w+ing\s+\S`, 'i');
/** Between a verb and its object: an article or the object's titles ("warned President Putin", "thanked the UAE"). */
const OBJECT_LEAD = /^(?:the\s+)?(?:[\p{Lu}][\p{L}.'’-]*\s+){0,4}$/u;

/** Verbs of saying whose object is the person spoken to ("told", "urged", "warned", "called on"), ending a cue's words. */
const ADDRESSES = /\b(?:told|tells|urged|urges|asked|asks|warned|warns|pressed|implored|exhorted|encouraged|called\s+on|appealed\s+to)\s*$/i;
/** Between such a verb and the person spoken to: their titles ("United States Secretary of State"), nothing else. */
const ADDRESSEE_LEAD = /^\s*(?:the\s+)?(?:(?:[\p{Lu}][\p{L}.'’-]*|of)\s+){0,7}$/u;

/**
 * Between two verbs of one subject: "... and requested", "..., and then urged", "... and were expected to meet again"
 * (a verb of plan before the second verb's "to").
 */
const COORDINATED_VERB = /[\s\S]*\s(?:,\s*)?and\s+(?:also\s+|then\s+|later\s+)?(?:(?:are|is|were|was|will\s+be)\s+(?:expected|due|set|scheduled|likely|planned)\s+)?$/;
/**
 * Rule "a series of verbs": "Pakistan put the accord on hold, suspended all trade, closed its airspace and said ...":
 * a verb in the past right after the comma that ends the words of the verb before it (no clause break between) goes on
 * with that verb's subject, as one joined by "and" does. Each verb is its own act; for acts of speaking, one act told
 * with several verbs is still one (secondVerbOfOneSaying).
 */
const SERIAL_GAP = /^[^.;:!?"“”]*?,\s*$/;
const SERIAL_VERB = /^(?:\w+ed|put|shut|cut|froze|withdrew|sent|struck|shot|hit|broke|took|gave|held|kept|met|spoke)\b(?!\s+by\b)/i;
const isSerialVerb = (body: string, previous: CueMatch, at: CueMatch) => SERIAL_GAP.test(body.slice(previous.end, at.start)) && SERIAL_VERB.test(body.slice(at.start, at.end));
/** "Rubio and Witkoff withdrew", "he as well as Vice President JD Vance": people joined by "and" act together. */
const AND_BETWEEN = new RegExp(String.raw`^\s*,?\s*(?:and|as\s+well\s+as)\s+${TITLE_RUN}$`, 'u');

/** "them" right after a contact's verb: its object, if it names people. */
const THEM_NEXT = /^\s*them\b/i;

/** "will not attend", "did not join", "never took part in": the subject stays away from the contact named next. */
const STAYS_AWAY = /\b(?:not|n['’]t|never)\s+(?:attend|join|take\s+part\s+in|took\s+part\s+in|participate\s+in|go\s+to|travel\s+to)\s+(?:the\s+)?$/i;
const STAYS_AWAY_REACH = 40;

/** "the leaders, together with President X, made a proposal": X acts with the subject, set off by "together with". */
const TOGETHER_WITH = /\b(?:together|along)\s+with\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.’'-]*\s+){0,6}$/u;
/** How far before a companion "together with" may stand: the phrase and a title. */
const COMPANION_LEAD = 60;

function companionsOf(body: string, mentions: PersonMention[], from: number, verb: number): string[] {
  return mentions.filter((m) => m.start >= from && m.end <= verb && TOGETHER_WITH.test(body.slice(Math.max(from, m.start - COMPANION_LEAD), m.start))).flatMap((m) => [m.personId, ...(m.also ?? [])]);
}

/** A possessive then only title words up to the next name: the name before it owns that person's title. */
const OWNER_IN_TITLE = new RegExp(String.raw`^['’]s\s+${TITLE_RUN}$`, 'u');

/**
 * The people listed before a subject in "A, B and C" (not after a preposition: "According to A, B and C met"), when the
 * list has an "and" ("A, B met" is no list, except in a headline: "Modi, Sharif hold talks"): `joinedAfter` says whether
 * the subject is joined by one to the names after it.
 */
function listedBefore(body: string, subject: PersonMention, mentions: PersonMention[], from: number, joinedAfter: boolean): string[] {
  const before = mentions.filter((m) => m.end <= subject.start && m.start >= from).sort((a, b) => b.start - a.start);
  const out: string[] = [];
  let next = subject;
  let and = joinedAfter;
  for (const [i, m] of before.entries()) {
    const gap = body.slice(m.end, next.start);
    // Rule "an owner inside a title": "A, and President X's foreign policy aide B": X owns B's title, no member of the
    // list; the list goes on before X, its title words part of B's.
    if (OWNER_IN_TITLE.test(gap)) continue;
    if (!PEOPLE_LIST_GAP.test(gap)) break;
    // "A, B and C, as well as D arrived": the "and" before C joins it to the list, it is no preposition of an object.
    const earlier = before[i + 1];
    const inList = earlier !== undefined && PEOPLE_LIST_GAP.test(body.slice(earlier.end, m.start));
    if (!inList && PREPOSITION_BEFORE.test(body.slice(Math.max(from, m.start - 40), m.start))) break;
    and ||= JOINED_BY_AND.test(gap);
    out.unshift(m.personId, ...(m.also ?? []));
    next = m;
  }
  return and || (out.length > 0 && inHeadline(body, subject)) ? out : [];
}

/** The facts of words for two people: a pair to look for, of people only, of this noun. */
const pairNounOf = (noun: string | null): Partial<Found> => (noun === null ? {} : { pair: true, pairNoun: noun, ...(isOnlyPeopleNoun(noun) ? { peopleOnly: true } : {}) });

/** "the ministers of France and Poland – A and B": a dash that names, after a contact's words, whom they were. */
const NAMING_DASH = /^\s*[—–-]\s*(?:[\p{Lu}][\p{L}.’'-]*\s+){0,6}$/u;

/**
 * The counterparts of a contact named past the break that ends its words: a list of people that goes on after ", and"
 * ("spoke with A, B, C, and D") or that a dash sets after the group it names ("met the ministers of X and Y – A and B").
 */
function listGoesOn(body: string, objects: PersonMention[], reach: Range, mentions: PersonMention[]): PersonMention[] {
  const after = mentions.filter((m) => m.start >= reach.end).sort((a, b) => a.start - b.start);
  const out: PersonMention[] = [];
  const last0 = objects.at(-1);
  // Only a list already begun ("A, B") goes on past ", and"; a dash may start one after a group no one was named in.
  const begun = objects.length >= 2 && last0 !== undefined && /,/.test(body.slice(objects.at(-2)?.end ?? 0, last0.start));
  if (objects.length > 0 && !begun) return [];
  let last = begun ? last0 : undefined;
  for (const m of after) {
    const gap = last ? body.slice(last.end, m.start) : body.slice(reach.end, m.start);
    if (!(last ? PEOPLE_LIST_GAP.test(gap) : NAMING_DASH.test(gap))) break;
    out.push(m);
    if (last && JOINED_BY_AND.test(gap)) break;
    last = m;
  }
  return out;
}

/**
 * Rule "the list after the subject": the people joined to the subject between it and its verb. "A and B met" joins by
 * "and"; "A, Prime Ministers of X and Y B and C, as well as D arrived" is a list that goes on by commas and titles (the
 * subject found is its first name, the others standing after an "and" of their titles), taken whole when an "and" or
 * "as well as" joins it ("A, B's ally, met" is no list).
 */
function joinedAfter(body: string, subject: PersonMention, mentions: PersonMention[], verb: number): PersonMention[] {
  const after = mentions.filter((x) => x.start >= subject.end && x.end <= verb).sort((a, b) => a.start - b.start);
  const byAnd: PersonMention[] = [];
  for (const m of after) {
    if (!AND_BETWEEN.test(body.slice((byAnd.at(-1) ?? subject).end, m.start))) break;
    byAnd.push(m);
  }
  const listed: PersonMention[] = [];
  let joined = false;
  for (const m of after) {
    const gap = body.slice((listed.at(-1) ?? subject).end, m.start);
    if (!PEOPLE_LIST_GAP.test(gap)) break;
    joined ||= JOINED_BY_AND.test(gap);
    listed.push(m);
  }
  return joined && listed.length > byAnd.length ? listed : byAnd;
}

function subjectsFrom(body: string, subject: PersonMention, mentions: PersonMention[], verb: number, from: number): string[] {
  const joined = joinedAfter(body, subject, mentions, verb);
  const out = [subject, ...joined].flatMap((m) => [m.personId, ...(m.also ?? [])]);
  return [...listedBefore(body, subject, mentions, from, joined.length > 0), ...out];
}

/** The events a clause reports: one per cue, each with its own subject, and for contacts the other participants. */
export function findVerbalEvents(body: string, clause: Range, mentions: PersonMention[], dateIn: (within: Range, at: Range, type: EventType) => DateMention | null, teller: PersonMention | null = null): Found[] {
  const text = body.slice(clause.start, clause.end);
  // Rule "a coordinated clause with a subject of its own": its own date first, else the whole clause's.
  const dateAt = (at: Range, type: EventType): DateMention | null => {
    const own = coordinatedClauseOf(body, clause, at);
    return (own ? dateIn(own, at, type) : null) ?? dateIn(clause, at, type);
  };
  const cues = findCues(text, clause.start);
  const members = memberLists(body, clause);
  const inClause = mentions.filter((m) => inside(m, clause) && !members.some((r) => inside(m, r)));
  const named = findCountries(text).map((c) => ({ ...c, start: c.start + clause.start, end: c.end + clause.start }));
  const found: Found[] = [];
  let previous: { at: CueMatch; subject: PersonMention | null; states: string[] } | undefined;
  // "Macron, Starmer, and Merz travelled": the serial comma of a list of people opens no clause.
  const listCommas = serialListCommas(body, inClause);
  for (const [i, at] of cues.entries()) {
    const segment = clauseSegment(body, clause, at, listCommas);
    if (isNoActHere({ body, clause, segment, at, inClause })) continue;
    const next = cues[i + 1]?.start ?? clause.end;
    // A framing cue reaches over its whole clause to the people it names ("In a call, X urged Y", "X told Y in a call").
    // A list of participants ("the delegation included A, B, and C") runs to the end of its clause, past ", and".
    const wide = at.frame ? segment : at.joins ? { start: at.end, end: Math.min(clause.end, next) } : { start: at.end, end: Math.min(segment.end, next) };
    // An adjunct's contact (adjunct-cues.ts) reaches no further than its own phrase: the comma that closes it.
    const comma = at.adjunct ? body.slice(at.end, wide.end).search(/[,;]/) : -1;
    const reach = comma >= 0 ? { start: wide.start, end: at.end + comma } : wide;
    // The subject is looked for in the verb's own stretch of the clause first ("X told Y that Pakistan had shot
    // down ...": Pakistan), then before it ("Medinsky, who led the delegation, said": Medinsky).
    // "The delegation rejected ...": a delegation speaks as a body, though it travels and meets through its head.
    const speakers = SPEECH_ACTS.has(at.type) ? inClause.filter((m) => !SPEAKS_AS_A_BODY.test(m.text)) : inClause;
    const segmentMentions = speakers.filter((m) => m.start >= segment.start);
    // "Umerov, who led the Ukrainian delegation, said": the relative clause is a segment of its own, but its
    // person is the verb's subject, not the state named inside it.
    // "warned Putin he is playing with fire by launching attacks": the gerund is the act of the one held to account.
    const accounted = GERUND.test(body.slice(at.start, at.end)) ? accountedObjectAt(body, clause.start, at) : null;
    const accountedPerson = accounted === null ? undefined : inClause.find((m) => m.start >= accounted && OBJECT_LEAD.test(body.slice(accounted, m.start)));
    const accountedState = accounted === null || accountedPerson ? undefined : named.find((c) => c.start >= accounted && OBJECT_LEAD.test(body.slice(accounted, c.start)));
    // "The delegation — which includes A, B and C — met": the group named right before its list of members.
    const listedGroup = members.filter((r) => /^\s*$/.test(body.slice(r.end, at.start))).flatMap((r) => speakers.filter((m) => /^\s*$/.test(body.slice(m.end, r.start))))[0];
    // "..., urging both nations to ...": the teller's participle has nobody before it for its subject.
    const tellers = teller !== null && SPEECH_ACTS.has(at.type) && tellersParticiple(body, clause.start, at, previous === undefined);
    // Rule "the passive's agent" (clause-structure.ts): "Pakistan was accused by India of ...", "Modi was thanked by
    // Starmer": the person or state after "by" acts; the one named before the verb is acted on.
    const agentAt = at.passive ? null : passiveAgentStart(body, segment, at);
    const agentPerson = agentAt === null ? undefined : inClause.find((m) => m.start >= agentAt && OBJECT_LEAD.test(body.slice(agentAt, m.start)));
    const agentState = agentAt === null || agentPerson ? undefined : named.find((c) => c.start >= agentAt && OBJECT_LEAD.test(body.slice(agentAt, c.start)));
    const byAgent = agentPerson !== undefined || agentState !== undefined;
    const patient = byAgent ? subjectBefore(text, clause.start, at.start, segmentMentions, PERSON_SUBJECT_REACH, { from: segment.start }) : null;
    const patientStates = byAgent ? named.filter((c) => c.start >= segment.start && c.end <= at.start).map((c) => c.code) : [];
    const own = byAgent ? (agentPerson ?? null) : tellers ? null : accounted !== null ? (accountedPerson ?? null) : (listedGroup ?? subjectBefore(text, clause.start, at.start, segmentMentions, PERSON_SUBJECT_REACH, { from: segment.start }) ?? speakers.find((m) => m.end <= at.start && APPOSITIVE.test(body.slice(m.end, at.start))) ?? null);
    // "India summoned Pakistan's envoy and lodged a protest": a verb joined by "and" to the one before, with a subject of
    // its own, has no subject among the earlier verb's objects.
    const joinedToSubject = previous !== undefined && (previous.subject !== null || previous.states.length > 0) && (COORDINATED_VERB.test(body.slice(previous.at.end, at.start)) || isSerialVerb(body, previous.at, at));
    const ownState = byAgent ? agentState : own || joinedToSubject || at.passive || tellers ? undefined : accounted !== null ? accountedState : stateSubjectOf(body, named, at, segment.start);
    // Rule "an adjunct's own parties" (adjunct-cues.ts): a sitting told in a phrase of time beside the main clause is
    // held by none of that clause's people; only the states its own words name.
    const alone = at.adjunct;
    // Rule "a plan in a with-phrase" (with-plan.ts): "..., with their commanders due to hold talks": of both sides.
    const collective = !alone && !own && !ownState && (collectiveSubjectBefore(body, segment.start, at.start) || at.subjectless === 'both-sides' || (CONTACT_TYPES.has(at.type) && isWithPlan(body, clause.start, at.start)));
    const institution = !own && !ownState && !collective && institutionSubjectBefore(body, segment.start, at.start);
    // "Rubio talked to Jaishankar and Sharif and requested restraint": a verb joined by "and" to the one before
    // shares its subject, whoever is named in between.
    const coordinatedWithPrevious = previous !== undefined && (COORDINATED_VERB.test(body.slice(previous.at.end, at.start)) || isSerialVerb(body, previous.at, at));
    // Rule "a gerund of time" (gerund-of-time.ts): "..., a day after threatening to ...": the main clause's subject acts,
    // the one before it, or (the phrase opening the clause) the one right after its comma.
    const ofTime = !alone && isGerundOfTime(body, clause.start, at);
    const shared = coordinatedWithPrevious || ofTime || (participleOfPrevious(body, previous, at) && !continuesContact(body, previous?.at ?? at, at)) ? (previous?.subject ?? (ofTime && !previous ? subjectAfterOpening(body, at, inClause) : undefined)) : undefined;
    // "The Kremlin said ..., and accused Kyiv": a state or institution that was the earlier verb's subject is this one's.
    const sharedStates = !alone && (coordinatedWithPrevious || ofTime) && !previous?.subject ? (previous?.states ?? []) : [];
    // "led to X and Y having a meeting", "after X holding talks": the subject of a gerund with its object stands
    // after a preposition. A lone "-ing" word is an adjective ("the visiting envoy"), not a gerund with a subject.
    const gerund = GERUND.test(body.slice(at.start, at.end));
    const ownGerund = !own && gerund && accounted === null ? subjectBefore(text, clause.start, at.start, segmentMentions, PERSON_SUBJECT_REACH, { afterPreposition: true, from: segment.start }) : null;
    // Only a relative clause ("X, who has cut short a trip") or a segment whose own words before the verb are closed
    // by a comma ("X, after the talks, said") lets the subject be looked for before it: "hours after European leaders
    // demanded" has its own (unnamed) subject.
    const mayLookBack = !byAgent && (segment.start === clause.start || /^\s*$|,\s*$/.test(body.slice(segment.start, at.start)) || /\b(?:who|which)\s*$/.test(body.slice(clause.start, segment.start)));
    const namedSubject = shared ?? own ?? ownGerund ?? (ownState || collective || institution || !mayLookBack ? null : subjectBefore(text, clause.start, at.start, speakers, PERSON_SUBJECT_REACH));
    const byTeller = !namedSubject && !ownState && !collective && !institution && sharedStates.length === 0 && teller !== null && SPEECH_ACTS.has(at.type) && (tellerGoesOn(body, clause.start, at) || at.tellersVerdict || tellers);
    // "Rubio said after meeting Lavrov that ...": the teller met.
    const whenSaid = teller !== null ? tellerContactOfSaying(body, clause.start, at) : null;
    const tellerMet = whenSaid !== null && !namedSubject && !ownState && !collective && !institution;
    const subject = alone ? null : byTeller || tellerMet ? teller : namedSubject;
    // Rule "a commentator's saying" (commentators.ts): an analyst or a former diplomat speaks for no state.
    if (subject && SPEECH_ACTS.has(at.type) && isCommentator(body, subject)) continue;
    // Rule "a witness of the scene" (witnesses.ts): a doctor, a resident or an eyewitness tells what an attack did.
    if (subject && SPEECH_ACTS.has(at.type) && isWitnessOfTheScene(body, subject)) continue;
    const stateSubject = alone ? undefined : ownState ?? (subject || collective || institution || sharedStates.length || at.passive ? undefined : stateSubjectOf(body, named, at, clause.start));
    const subjectCountries = stateSubject ? coordinated(body, named, stateSubject) : sharedStates;
    const objectCountries = named.filter((c) => inside(c, { start: at.start, end: reach.end })).map((c) => c.code);
    // An institution ("the UN Security Council", "the defence ministry") acts for no state the text names before it:
    // the states in its clause are what it acts on.
    const around = named.filter((c) => inside(c, segment)).map((c) => c.code);
    const clauseCountries = named.map((c) => c.code);
    const context = institution || at.subjectless === 'named' ? (around.length ? around : clauseCountries) : [];
    // "a meeting between the Ukrainian delegation and advisers from Britain and France": the states it names after it.
    const betweenStates = at.subjectless === 'between' && !subject ? objectCountries : [];
    const countries = uniq([...subjectCountries, ...objectCountries, ...context, ...patientStates]);
    const reached = CONTACT_TYPES.has(at.type) || at.objectActs ? inClause.filter((m) => inside(m, reach) && m.personId !== subject?.personId) : [];
    // "Talks between Umerov and Medinsky were held": a contact named with no subject, its participants in its own words.
    const within = CONTACT_TYPES.has(at.type) && at.subjectless !== null ? partiesNamedWithin(body, at, inClause).filter((m) => m.personId !== subject?.personId) : [];
    const objects = CONTACT_TYPES.has(at.type) ? [...within, ...reached, ...listGoesOn(body, reached, reach, inClause), ...(patient ? [patient] : [])] : reached;
    // "talks between Putin and Witkoff": a contact named by its participants needs no subject.
    // Rule "the two people named last": "a call between the two men" names its parties as a pair told before.
    const betweenPair = at.subjectless === 'between' && objects.length === 0 ? pairNounAfterBetween(body, at.end, body.slice(at.start, at.end)) : null;
    const between = CONTACT_TYPES.has(at.type) && (objects.length >= 2 || betweenPair !== null);
    // "Ushakov briefed reporters on a phone call between Putin and Trump": a contact that names its two parties after
    // "between" is theirs; the clause's subject did something else with it (told of it, hosted it, welcomed it).
    // Only where the contact stands after a preposition: "X hosted a meeting between A and B" keeps its host.
    const partiesNamed = at.subjectless === 'between' && objects.length >= 2 && OBJECT_LEAD.test(body.slice(at.end, objects[0]?.start ?? at.end).trimStart()) && standsAfterPreposition(body, segment.start, at.start);
    const aboutObject = at.objectActs ? objects[0] : undefined;
    if (at.objectActs) {
      if (!aboutObject) continue;
      found.push({ type: at.type, at: { start: at.start, end: at.end }, actors: [aboutObject.personId], countries, place: null, agent: stateSubject?.code ?? null, addressee: null, date: dateAt(at, at.type), collective: false });
      continue;
    }
    const companions = alone ? [] : companionsOf(body, inClause, segment.start, at.start);
    // A participation names its people after its verb ("Also at the table was X", "Russia sent X"): one is enough.
    const participants = at.joins && !subject && objects.length > 0;
    if (!subject && !participants && companions.length === 0 && !stateSubject && sharedStates.length === 0 && !collective && !between && betweenStates.length < 2 && !((institution || at.subjectless === 'named') && countries.length > 0)) continue;
    // One sitting told again with a participle ("held talks with A and B, negotiating with ..."): B was named in its list.
    if (previous && continuesContact(body, previous.at, at)) {
      const sitting = found.find((f) => f.at.start === previous?.at.start);
      if (sitting && subject) sitting.actors = uniq([...sitting.actors, subject.personId, ...(subject.also ?? [])]);
      continue;
    }
    // One act of speaking told with participles ("ruled out ..., urging ...") or with a second verb joined by "and"
    // ("denied ... and called for ...") is one event: the first verb's.
    const sharesSubject = subject !== null && subject.personId === previous?.subject?.personId ? shared !== undefined : sharedStates.length > 0 && subject === null;
    if (previous && ((subject && continuesAct(body, previous, at, subject)) || secondVerbOfOneSaying(previous, at, coordinatedWithPrevious && sharesSubject, (own !== null && own.personId !== previous.subject?.personId) || ownState !== undefined))) {
      // Whom the participle addresses is part of that act ("..., accusing Russia of bad faith").
      const act = found.find((f) => f.at.start === previous?.at.start);
      if (act) act.countries = uniq([...act.countries, ...countries]);
      continue;
    }
    previous = { at, subject, states: subject ? [] : subjectCountries.length ? subjectCountries : institution ? context : [] };
    // "They included A, B, C and D, who on Saturday travelled": a subject found before the relative clause heads the
    // list it ends, which is looked for from the start of the clause.
    const listFrom = subject && subject.end <= segment.start ? clause.start : segment.start;
    const subjects = partiesNamed ? [] : uniq([...(subject ? subjectsFrom(body, subject, inClause, at.start, listFrom) : []), ...companionsOf(body, inClause, segment.start, at.start)]);
    if (at.type === 'phone_call' && objects.length === 0 && objectCountries.length === 0 && !collective && betweenPair === null && subjects.length < 2) continue;
    // Rule "them, the people listed before" (people/object-pronouns.ts): "Kyiv welcomed them" (the sanctions) hosts no
    // one; a contact whose object is "them" stands only where "them" was found to be people.
    if (CONTACT_TYPES.has(at.type) && objects.length === 0 && THEM_NEXT.test(body.slice(at.end, at.end + 8))) continue;
    // Two or more parties: people, both sides, or states joined as the subject ("India and Pakistan halted").
    if (at.plural && subjects.length < 2 && !collective && subjectCountries.length < 2) continue;
    // The act someone is held to account for came before the accounting: a date before it is the accounting's.
    const told = dateAt(at, at.type);
    if (isOnlyPrepared(body, segment, at)) continue;
    const date = accounted !== null && told !== null && told.start < at.start ? null : told;
    // "Recalling his recent visit to Tehran, Sharif said": a visit known already, with no day of its own, is background:
    // the trip of a sitting the article tells, or no event.
    const knownVisit = isBackgroundVisit(body, segment.start, at, date);
    const addressee = named.find((c) => c.start >= at.end && /^\s*(?:on\s+|upon\s+)?$/.test(body.slice(at.end, c.start)))?.code ?? null;
    // "a visit to South Africa", "arrived in Riyadh": where a visit went.
    const place = at.type === 'visit' ? (VISITED.exec(body.slice(at.end, clause.end))?.[1] ?? null) : null;
    // "after the marathon talks concluded", undated: the talks the article told before, not another sitting.
    // "X was part of the delegation at the talks": likewise a frame naming the talks with "the" and no date of its own.
    const definite = DEFINITE_BEFORE.test(body.slice(Math.max(segment.start, at.start - DEFINITE_REACH), at.start)) || (at.frame && DEFINITE_FRAME.test(body.slice(at.start, at.end)));
    const refersBack = CONTACT_TYPES.has(at.type) && ((at.subjectless !== null && !subject) || at.frame) && date === null && definite;
    const base = { type: at.type, at: { start: at.start, end: at.end }, countries, place, agent: stateSubject?.code ?? sharedStates[0] ?? null, addressee, date, collective, ...(collective && namesAPair(body, segment.start, at.start) ? { pair: true } : {}), ...(collective && namesOnlyPeoplePair(body, segment.start, at.start) ? { peopleOnly: true } : {}), ...pairNounOf(collective ? pairNounBefore(body, segment.start, at.start) : betweenPair), joins: at.joins || refersBack, continuesReport: byTeller, ...(knownVisit ? { knownVisit } : {}), ...(whenSaid?.apart && subject?.personId === teller?.personId ? { beforeSaying: true } : {}), ...(ofTime ? { ofTime, ...(SPEECH_ACTS.has(at.type) ? { saidApart: true } : {}) } : {}) };
    const counterparts = uniq(objects.flatMap((m) => [m.personId, ...(m.also ?? [])]));
    if ((at.type === 'phone_call' || at.type === 'meeting') && subjects.length > 1 && counterparts.length > 0 && isEachSubjectApart(body, clause, at.start)) {
      // "Macron and Merz each spoke to Zelensky": a contact of each subject with the counterparts.
      found.push(...subjects.map((s) => ({ ...base, actors: uniq([s, ...counterparts]) })));
      continue;
    }
    if (at.type === 'phone_call' && subject && !partiesNamed && counterparts.length > 1 && !isOneCallWithAll(body, clause, objects)) {
      // "X spoke with A and B", "in separate calls with A, B and C": a call with each.
      found.push(...counterparts.map((c) => ({ ...base, actors: [subject.personId, c] })));
      continue;
    }
    // "X will not attend talks with the Russian delegation": the talks go ahead without their subject.
    if (CONTACT_TYPES.has(at.type) && STAYS_AWAY.test(body.slice(Math.max(segment.start, at.start - STAYS_AWAY_REACH), at.start))) {
      if (counterparts.length) found.push({ ...base, actors: counterparts });
      continue;
    }
    // "Trump told Putin ...", "Sharif urged Secretary of State Marco Rubio to ...": whom a saying is addressed to takes part in it.
    const addressed = SPEECH_ACTS.has(at.type) && ADDRESSES.test(body.slice(at.start, at.end)) ? inClause.find((m) => m.start >= at.end && ADDRESSEE_LEAD.test(body.slice(at.end, m.start))) : undefined;
    const listeners = addressed && subjects.length > 0 && !subjects.includes(addressed.personId) ? [addressed.personId, ...(addressed.also ?? [])] : [];
    const [first, second, ...others] = subjects;
    // Callers named one by one, not by one phrase naming several ("the three visiting leaders and Zelensky").
    const grouped = inClause.some((m) => m.start >= listFrom && m.end <= at.start && (m.also?.length ?? 0) > 0);
    const callers = at.type === 'phone_call' && subjects.length > 1 && counterparts.length > 0 && !grouped ? { callers: subjects } : {};
    found.push({ ...base, actors: uniq([...subjects, ...counterparts, ...listeners]), ...callers, ...(listeners.length ? { listeners } : {}), ...(first && second && others.length === 0 && first !== second ? { subjectPair: [first, second] as [string, string] } : {}) });
    // "..., and Driscoll – with the Ukrainian side": the same contact again, for the pair the dash stands for.
    if (CONTACT_TYPES.has(at.type) && counterparts.length > 0) {
      for (const g of gappedContacts(body, objects.at(-1)?.end ?? at.end, clause.end, inClause)) {
        const others = inClause.filter((m) => inside(m, g.object)).map((m) => m.personId);
        const states = named.filter((c) => inside(c, g.object)).map((c) => c.code);
        if (others.length + states.length === 0) continue;
        found.push({ ...base, actors: uniq([g.person.personId, ...others]), countries: uniq([...states]), agent: null });
      }
    }
  }
  return withoutVehicleStatements(found);
}
