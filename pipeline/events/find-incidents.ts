import type { EventType } from '../../src/shared/schema';
import { isCalendarName, NUMBER, parseNumber } from '../lexicon/calendar-words';
import type { DateMention, Range } from '../types';
import { findCountries, isCityName } from '../lexicon/country-names';
import { daysBetween } from '../dates/calendar';
import { findNounDates } from '../dates/noun-dates';
import { HOLDS_OBJECT_TO_ACCOUNT, REPORTING_VERB } from '../lexicon/reporting-verbs';
import { knownIncidentOf, type KnownIncident } from '../lexicon/known-incidents';
import { ANSWER_WITH_VERBS, LAUNCH_VERBS, WAR_OPENING_VERBS } from '../lexicon/act-verbs';
import { HALTED_BEFORE } from './event-cues';
import { actedOnAt, incidentMatches, isHaltedAfter, subordinateClauseOf } from './incident-clauses';
import { CONDITION_BEFORE, isDenied } from './clause-structure';
import { isNoIncident } from './not-an-incident';
import { labelledIncidentDate } from './labelled-incident';

export interface Incident extends Range {
  type: EventType;
  /** Who carried it out: "Pakistan's drone attack", "an attack by Russia". */
  by: string[];
  /** Countries named around it (the target among them). */
  countries: string[];
  place: string | null;
  date: DateMention | null;
  /**
   * Its date is its clause's, not a name of the incident alone ("On May 7, India launched strikes", "Russia launched an
   * attack on Kyiv overnight"): the clause's verb is dated by it too.
   */
  scene?: boolean;
  /** "two days after the strike": the strike is that many days before the date the sentence is about. */
  before?: Range & { days: number };
}

/** "The meeting came two days after the strike": the incident is counted back from the sentence's date. */
const COUNTED_BACK = new RegExp(String.raw`\b${NUMBER} (days?|weeks?) after (?:the |a |an )?(?:[\w-]+ ){0,2}$`, 'i');

/**
 * "Russia launched a massive missile and drone attack": the sentence's own event, carried out by its subject.
 * Rule "an act of war opened or answered": so is the attack a subject answers with ("India responded with Operation
 * X", "Pakistan hit back with drone strikes") or the war it opens ("started the war against Pakistan last month").
 */
const LAUNCHED = new RegExp(String.raw`(?:^|\s)(?:([A-Z][\w.]+)\s+)?(?:${LAUNCH_VERBS}|carried\s+out|${ANSWER_WITH_VERBS}|${WAR_OPENING_VERBS})\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}$`);

/** How far before an incident noun its date may be written ("Wednesday's drone strikes", "the May 7 missile strikes"). */
const DATE_BEFORE_REACH = 30;
/**
 * Between a date and the incident noun after it, only modifiers and the incident's own verb ("early Wednesday carried
 * out missile strikes"): no punctuation and no word that opens another clause. "said on Friday that strikes hit" dates
 * the saying; a preposition makes the incident the object of another verb, whose day the date is ("on Wednesday
 * responded to the attack", "on Friday apologised for the strike").
 */
const ATTRIBUTIVE_GAP = /^(?:['’]s)?(?:\s+(?!(?:that|which|who|whom|and|but|or|said|says|after|before|when|while|as|because|to|for|about|against|into|with|over)\b)[\p{L}-]+)*\s*$/iu;
/** A written year is closed by a comma: "the April 22, 2025, Pahalgam attack". */
const YEAR_COMMA = /^,(?=\s)/;
/**
 * "the massacre of tourists in Kashmir last month", "an attack in Jammu and Kashmir's Pahalgam on April 22", "strikes on
 * terror camps in Pakistan last month" (a target of a few common nouns), "Operation
 * Sindoor, which was launched on May 7": the incident's own complements (a place may be a name of several words joined
 * by "and", or a possessive) or a relative clause of its launching, then a date that can follow a noun, or "on" (or
 * "of": "the terror attack of April 22") and a calendar date. A name set in quotes ("since the launch of 'Operation
 * Sindoor' earlier this month") closes its quote before them.
 */
const COMPLEMENTS = /^["”’']?(?:\s+(?:of|in|on|at|near|against|across|along|over|by)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+(?:['’]s)?(?:\s+(?:and\s+)?\p{Lu}[\p{L}-]*(?:['’]s)?)*)*(?:,?\s+(?:which|that)\s+(?:was|were)\s+(?:launched|carried\s+out|conducted|mounted|staged))?\s+(?<on>(?:on|of)\s+)?(?:(?:early|late)\s+)?$/u;
/**
 * Date forms that follow a noun as its own: "the attack last month", "strikes on Kyiv overnight", and a bare weekday
 * as American papers write it ("strikes on the capital early Saturday"; the weekday rule takes "early" into its words).
 */
const POSTPOSED_DATE = /^(?:(?:early|late)\s+)?(?:last|on|earlier|this|in|yesterday|overnight|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/i;
/** A calendar date that follows its incident after "on": "the attack on April 22", "a strike in Sumy on 13 April". */
const CALENDAR_DATE = /^(?:\d{1,2}\s+)?\p{Lu}\p{Ll}+\.?\s+\d{1,2}\b|^\d{1,2}\s+\p{Lu}\p{Ll}+/u;
/** A date after the incident's complements, in a form that follows a noun. */
function followsIncident(gap: string, date: DateMention): boolean {
  const m = COMPLEMENTS.exec(gap);
  if (!m) return false;
  return POSTPOSED_DATE.test(date.text) ? !m.groups?.on : Boolean(m.groups?.on) && CALENDAR_DATE.test(date.text);
}

/** How far into its clause an incident may start and still be the clause's subject ("Indian missile strikes hit"). */
const SUBJECT_REACH = 12;
/** A phrase of place that opens a clause, before its comma: "In Kharkiv", "Across the Donetsk region", "Near Pokrovsk". */
const FRONTED_PLACE = /^[\s"“‘']*(?:[Ii]n|[Nn]ear|[Aa]cross|[Aa]long|[Aa]round|[Oo]ver|[Oo]utside|[Ii]nside)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s*){1,3}(?:region|oblast|province|district|city|area|front|border)?$/u;

/** A verb of saying (the lexicon's), of holding someone to account ("accused Russia of ... by launching strikes"), or "alleged". */
const SAYING_BETWEEN = new RegExp(String.raw`${REPORTING_VERB.source}|${HOLDS_OBJECT_TO_ACCOUNT.source.replace(/\$$/, '\\b')}|\balleged\b`, 'i');
/**
 * Only quotation marks, or the preposition that introduces it, before a date that opens its clause ("On May 7,",
 * "On the night of May 6-7,", "Early on Saturday,").
 */
const FRONTED = /^[\s"“‘']*(?:(?:early|late|earlier|later)\s+)?(?:(?:on|in|during|by)\s+)?(?:the\s+(?:night|morning|evening|afternoon|early\s+hours)\s+of\s+)?$/i;

const CONDITION = new RegExp(CONDITION_BEFORE, 'iu');

/**
 * Rule "fronted-scene-not-the-cause": a word that opens a clause of what came first, between a fronted date and the
 * incident ("On Monday, Trump called Putin crazy after an earlier series of attacks"): the date is the scene of the
 * clause's own verb, and the incident in the clause of cause came before it, on a day the date does not give.
 */
const CAUSE_BETWEEN = /\b(?:after|following|since|in\s+(?:response|retaliation|reply)\s+to|in\s+the\s+(?:wake|aftermath)\s+of)\b/i;

/** Words that make the incident after them the cause or background of the clause ("following the attack in X"). */
const REFERS_BACK = /\b(?:after|following|since|behind|in\s+the\s+(?:wake|aftermath)\s+of|in\s+response\s+to|in\s+retaliation\s+for|to\s+avenge)\s+(?:(?:the|a|an|this|that|its|their|last\s+month['’]s)\s+)?(?:[\p{L}-]+\s+){0,2}["“‘']?$/iu;

/**
 * Words that make the incident after them the topic of another act ("condolences for the terrorist attack in
 * Pahalgam", "condemning the Pahalgam terror attack", "briefed Trump about Operation Sindoor", "evidence of Pakistan's
 * involvement in terror attacks", "the debate on Operation Sindoor"): what is spoken of, not something that happened
 * that week.
 */
const TOPIC_OF = /\b(?:about|on|regarding|concerning|condolences\s+(?:for|over|on)|condemn(?:ed|s|ing)?|condemnation\s+of|involvement\s+in|responsibility\s+for|evidence\s+of|victims\s+of)\s+(?:(?:the|a|an|this|that|its|their|his|her|\p{Lu}[\p{L}-]*['’]s)\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;

const INVOLVED_IN = /\binvolvement\s+in\s+(?:[\p{L}-]+\s+){0,2}$/iu;

/**
 * "its largest air attack since its invasion of the country in 2022", "the deadliest strike since March": a date in a
 * phrase opened by "since" (or its own "since") starts the span the incident is measured against; it is not its day.
 */
const SINCE = /\bsince\b/i;

/**
 * "Russia has intensified air attacks on Kyiv in recent weeks", "has stepped up its shelling": a trend in the fighting,
 * told in the perfect by a verb of its growing, or over "recent weeks" or "the past months", is no one incident.
 */
const TREND_BEFORE = /\b(?:has|have|had|been)\s+(?:\p{L}+ly\s+)?(?:intensified|stepped\s+up|ramped\s+up|escalated|increased|expanded|scaled\s+up)\s+(?:(?:its|their|the)\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;
const TREND_SPAN = /^(?:(?:in|over|during|for)\s+)?(?:recent|the\s+(?:past|last)(?:\s+(?:few|several|\w+))?)\s+(?:days|weeks|months|years)$/i;

/** The precisions of a date that places an incident on a timeline of days: "in February 2022", "on 24 February 2022". */
const OWN_DATE_PRECISIONS: ReadonlySet<string> = new Set(['day', 'month']);
/** Narrower than a month: a date that tells when an attack told by its attackers happened. */
const DATED_WITHIN_DAYS = 28;

/**
 * Capitalised words before an incident noun that name no place: determiners, pronouns, common modifiers, and the
 * prepositions, conjunctions and adverbs that open a sentence ("Under Operation Sindoor, ...", "After the strikes").
 */
const NOT_PLACES = /^(?:The|A|An|This|That|These|Those|Such|Both|Recent|Last|Deadly|Terror|Terrorist|They|He|She|It|We|Its|Their|His|Her|Our|Under|After|Following|During|Since|Before|Amid|Despite|With|Without|In|On|At|As|For|From|Over|Through|Against|Until|Like|Unlike|Besides|Meanwhile|However|Earlier|Later|Also|Then|When|While|If|Once|Although|Though)$/;
/**
 * "Noting that Operation Sindoor ...", "New Delhi, July 28: Citing attacks on ...": a participle opening its clause (or
 * what follows a dateline's colon) is capitalised for that alone.
 */
const OPENING_PARTICIPLE = /^[\s"“‘']*\p{Lu}\p{Ll}+ing\b/u;

/**
 * Attacks and strikes named by a noun phrase. Only those the text pins down (a date, a place or who carried
 * them out) are incidents; "after the terrorist attack" refers back to one and adds nothing.
 */
export function findIncidents(body: string, clause: Range, dates: DateMention[]): Incident[] {
  const text = body.slice(clause.start, clause.end);
  const out: Incident[] = [];
  // "India launched airstrikes to avenge last month's killing": a date that names another noun is not the clause's.
  const nounDates = findNounDates(body, dates.filter((d) => d.start >= clause.start && d.end <= clause.end));
  const namesOtherNoun = (d: DateMention, at: Range) => nounDates.some((n) => n.date === d && !(n.noun.start <= at.start && n.noun.end >= at.end));
  for (const m of incidentMatches(text)) {
    const { type, ownDate, index, words, agent } = m;
    const lead = text.slice(Math.max(0, index - 45), index);
    const tail = text.slice(index + words.length, index + words.length + 70);
    const start = clause.start + index;
    const end = start + words.length;
    if (out.some((o) => o.start < end && start < o.end)) continue;
    const possessor = /([A-Z][\w.]+)(?:['’]s)\s+(?:\w+\s+){0,3}$/.exec(lead)?.[1];
    // Rule "a reduced relative's agent" (clause-structure.ts): "the strikes carried out by India", "the raid launched by
    // Russia on Sunday": the participle's agent carried them out, as right after the noun ("strikes by India").
    const byWho = /^\s+(?:(?:carried\s+out|launched|conducted|mounted|staged|unleashed|fired|ordered)\s+(?:\w+\s+)?)?(?:by|from)\s+(?:an?\s+|the\s+)?([A-Z][\w.]+)(?![\w-])/.exec(tail)?.[1];
    // "Indian missile strikes", "Russian shelling": a demonym right before the noun names who carried it out.
    const demonym = /(?:^|\s)([A-Z][a-z]+)\s+$/.exec(lead)?.[1];
    const launched = LAUNCHED.exec(lead);
    const by = [...new Set([possessor, byWho, demonym, launched?.[1], agent].flatMap((w) => (w ? findCountries(w).map((c) => c.code) : [])))];
    const placeBefore = /([A-Z][a-z]+)\s+(?:\w+\s+){0,1}$/.exec(lead.replace(/\d+\s*$/, ''))?.[1];
    // "in the Ukrainian city of Sumy", "in the town of Pahalgam", "in Jammu and Kashmir's Pahalgam", "near the resort of
    // Pahalgam": the place named; a landmark keeps its common noun ("near Delhi's Red Fort", "at Lahore's Anarkali Bazaar").
    const placeAfter = /^\s+(?:\w+\s+){0,6}?(?:in|on|at|near)\s+(?:the\s+)?(?:[A-Z]\w+\s+city\s+of\s+|(?:[a-z]+\s+)?(?:town|city|village|district|resort|region)\s+of\s+|[A-Z]\w+(?:\s+and\s+[A-Z]\w+)?['’]s\s+)?([A-Z][a-z]+(?:\s+(?:Fort|Square|Gate|Palace|Mosque|Temple|Market|Bazaar|Bridge|Airport|Station)\b)?)/.exec(tail)?.[1];
    const opensClause = (p: string) => new RegExp(String.raw`(?:^|[:;—–]|["“‘'])\s*${p}\b`, 'u').test(text.trimStart());
    const notAPlace = (p: string) => NOT_PLACES.test(p) || (opensClause(p) && OPENING_PARTICIPLE.test(p) && !isCityName(p));
    const place = [placeBefore, placeAfter].find((p) => p && !notAPlace(p) && !isCalendarName(p) && (findCountries(p).length === 0 || isCityName(p))) ?? null;
    // An incident that opens its clause is its subject, one "launched" its object: either way the clause's date is
    // its date ("Indian strikes hit ... on Wednesday", "Russia launched an attack on Kyiv overnight").
    // So is one right after a fronted phrase of place ("In Kharkiv, Russian drone attacks killed two people on Sunday").
    const comma = text.lastIndexOf(',', index);
    const afterPlace = comma > 0 && index - comma - 1 <= SUBJECT_REACH && FRONTED_PLACE.test(text.slice(0, comma));
    // Rule "an incident in a clause of its own" (incident-clauses.ts): "after gunmen killed 26 tourists on April 22".
    const own = subordinateClauseOf(body, clause, m, dates);
    // A passive's subject is what was hit ("Sumy was hit by Russian missiles"): its verb is its clause's.
    // Rule "an incident acted on" (incident-clauses.ts): "the strike on Sumy was condemned by Macron on Tuesday".
    const actedOn = actedOnAt(tail);
    const opens = (index <= SUBJECT_REACH && actedOn === null) || Boolean(launched) || afterPlace || agent !== undefined;
    const bound = actedOn !== null ? { start, end: end + actedOn } : (own ?? clause);
    const refersBack = REFERS_BACK.test(lead);
    const named = dates.find((d) => d.start >= start - DATE_BEFORE_REACH && d.end <= start && ATTRIBUTIVE_GAP.test(/\d{4}$/.test(d.text) ? body.slice(d.end, start).replace(YEAR_COMMA, '') : body.slice(d.end, start)));
    const clauseDate = (opens || own ? dates.find((d) => d.start >= end && d.end <= bound.end && !namesOtherNoun(d, { start, end }) && !SINCE.test(body.slice(end, d.end))) : undefined)
      ?? dates.find((d) => d.start >= end && d.end <= bound.end && followsIncident(body.slice(end, d.start), d) && !SINCE.test(body.slice(end, d.start)))
      ?? own?.shared ?? undefined;
    // "Early today, 59 instances of shelling hit the front": a date set before its clause is its scene, unless a verb of
    // saying comes between ("On Thursday, Pakistan said its posts came under attack" dates only the saying).
    // Not for an incident told as the clause's cause ("A day earlier, X called on ... in response to Indian missile
    // attacks"): the fronted date is the scene of the clause's own verb.
    const fronted = refersBack ? undefined : dates.find((d) => d.start >= clause.start && d.end < start && FRONTED.test(body.slice(clause.start, d.start)) && /^\s*,/.test(body.slice(d.end, d.end + 3)) && !SAYING_BETWEEN.test(body.slice(d.end, start)) && !CAUSE_BETWEEN.test(body.slice(d.end, start)));
    const near = named ?? clauseDate ?? fronted ?? labelledIncidentDate(body, clause, { start, end }, dates);
    // The states around the noun; failing those and a place, the states its clause names ("India's resolve ..., as
    // shown by Operation Sindoor"): an incident with nothing else to place it is placed in the crisis its sentence is about.
    // Rule "an incident in a phrase of time keeps to its phrase": "Since the launch of Operation Sindoor on May 7,
    // Pakistan has kept its airspace closed": the states after the phrase's comma are its main clause's, whose subject
    // did not carry the incident out; nor are the clause's states its own when its phrase names none.
    const phrase = refersBack ? (tail.split(/[,;]/)[0] ?? '') : tail;
    const aroundNoun = findCountries(`${lead} ${words} ${phrase}`).map((c) => c.code);
    const countries = aroundNoun.length || place || refersBack ? aroundNoun : findCountries(text).map((c) => c.code);
    const back = COUNTED_BACK.exec(lead);
    if (!near && !place && by.length === 0) continue;
    // An incident that names a whole war's opening is an event only on the month or day its own words give.
    if (ownDate === 'month-or-day' && (!near || !OWN_DATE_PRECISIONS.has(near.date.precision))) continue;
    // An incident told by its attackers or weapons is one only on a date of its own: else it is one the story told.
    if (ownDate === 'dated' && (!near || daysBetween(near.date.start, near.date.end) >= DATED_WITHIN_DAYS)) continue;
    // "following the terror attack in Pahalgam", "in response to Indian missile attack": an undated incident the clause
    // refers back to as its cause is one the story told or assumes; its place or author does not date it, and the week
    // before publication would be a guess.
    if (!near && !back && refersBack) continue;
    // The same for an undated incident spoken of: the week before publication would be a guess at a date the story
    // does not give (an incident with its own date stays: "condemned the April 22 attack"). An act a state is named
    // as having carried out ("condemned India's airstrikes") is kept: the story often dates it in a later sentence
    // ("The strikes, carried out on May 7, ..."); a state's "involvement in" attacks names no act of its own.
    if (!near && !back && TOPIC_OF.test(lead) && (by.length === 0 || INVOLVED_IN.test(lead))) continue;
    // "has intensified air attacks in recent weeks": a trend, not an attack (one with its own day stays).
    if ((TREND_BEFORE.test(lead) && near?.date.precision !== 'day') || (near && TREND_SPAN.test(near.text.trim()))) continue;
    // "if terrorist attacks from Pakistan continue": a condition, not an attack.
    if (CONDITION.test(lead)) continue;
    // "died of a heart attack", "threatened Kyiv with new strikes", "was the worst attack since 2019" (not-an-incident.ts).
    if (isNoIncident(lead, words, tail)) continue;
    // "agreed to halt attacks on energy sites": an attack halted or prevented did not happen. Only words of the
    // incident's own clause halt it ("Trade stopped after militants killed ..." halts the trade).
    if (HALTED_BEFORE.test(own ? body.slice(own.opens, start) : lead) || isHaltedAfter(tail)) continue;
    // "denied that its missiles hit a hospital": an attack someone denies is not told as done.
    if (isDenied(body, clause.start, { start, end })) continue;
    // "a deadly attack in the town of Pahalgam", "the April 22 attack in Kashmir": an incident whose kind everyone knows.
    const known = knownIncidentOf({ noun: words, place, complements: tail, day: near?.date ?? null });
    const found: Incident = { type: known?.type ?? type, start: near ? Math.min(near.start, start) : start, end, by, countries: [...new Set([...by, ...countries])], place, date: near ?? knownDay(known, body, start, end) };
    // A fronted date is the scene of the whole clause: the incident's and its launching verb's ("On the night of May
    // 6-7, New Delhi launched a series of air strikes").
    if (near && near === fronted && launched) Object.assign(found, { start, scene: true });
    if (back && !near) found.before = { days: parseNumber(back[1] ?? 'one').n * (/^week/i.test(back[2] ?? '') ? 7 : 1), start: start - back[0].length, end: start - back[0].length + back[0].trimEnd().length };
    // "the strike on Kyiv ..., Russia’s deadliest attack on the capital": one incident told twice in a clause.
    const same = out.find((o) => o.type === found.type && (o.by.length === 0 || by.length === 0 || o.by.some((c) => by.includes(c))) && (!o.place || !place || o.place === place));
    if (!same) out.push(found);
    else Object.assign(same, { by: [...new Set([...same.by, ...by])], countries: [...new Set([...same.countries, ...found.countries])], place: same.place ?? place, date: same.date ?? near });
  }
  return out;
}

/** A definite incident noun, the head of what the story told before: "The strikes", "the missile attacks". */
const DEFINITE_INCIDENT = /\b[Tt]he\s+(?:[\p{L}-]+\s+)?((?:air)?strikes?|attacks?|raids?|shelling)\b/gu;
/** Between such a noun and its date: its own participle and a preposition ("The strikes, carried out on"). */
const REFERENCE_GAP = /^,?\s+(?:(?:carried\s+out|conducted|launched|mounted|that\s+took\s+place|which\s+took\s+place)\s+)?(?:on|in|during|overnight\s+on)?\s*(?:the\s+(?:night|morning|evening|early\s+hours)\s+of\s+)?$/i;

export interface IncidentReference extends Range {
  /** The noun's head ("strikes"): which incident told before it names. */
  head: string;
  date: DateMention;
}

/**
 * "The strikes, carried out on the night of May 6-7, ...": a definite incident noun with a date right after it names
 * an incident the story has told, and tells its date. Only the noun, its participle and a preposition may come
 * between ("The strikes killed ... on May 7" dates the killing).
 */
export function findIncidentReferences(body: string, sentence: Range, dates: DateMention[]): IncidentReference[] {
  const text = body.slice(sentence.start, sentence.end);
  const out: IncidentReference[] = [];
  for (const m of text.matchAll(DEFINITE_INCIDENT)) {
    const end = sentence.start + m.index + m[0].length;
    const date = dates.find((d) => d.start >= end && d.end <= sentence.end && REFERENCE_GAP.test(body.slice(end, d.start)));
    if (date) out.push({ start: sentence.start + m.index, end, head: (m[1] ?? '').toLowerCase(), date });
  }
  return out;
}

/** Whether a reference's head names an incident's words: "strikes" names "India's airstrikes" and "missile strike". */
export function namesIncident(head: string, words: string): boolean {
  const stem = head.replace(/(?:es|s)$/, '').replace(/^air/, '');
  return new RegExp(String.raw`${stem}`, 'i').test(words);
}

/**
 * "India blamed Pakistan for the Pahalgam terror attack": a known incident named with no date of its own is dated by
 * its known day, which its name tells every reader, rather than by the week before publication. The noun is the
 * evidence: it is what names the day.
 */
function knownDay(known: KnownIncident | null, body: string, start: number, end: number): DateMention | null {
  if (!known) return null;
  return { start, end, text: body.slice(start, end), date: { start: known.day, end: known.day, precision: 'day', basis: 'explicit' } };
}
