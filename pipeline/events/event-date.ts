import type { TimelineEvent } from '../../src/shared/schema';
import { addDays, daysBetween, minIso } from '../dates/calendar';
import { dateFault } from '../dates/date-invariants';
import { NUMBER, parseNumber } from '../dates/date-phrase';
import { newsPresentWindow } from '../dates/news-present';
import { PUBLICATION_WINDOW_DAYS, backgroundWindow, plannedWindow, publicationWindow, referredDate } from '../dates/inherit-date';
import { findNounDates, isPossessiveDate } from '../dates/noun-dates';
import { definiteHappenings } from '../dates/anchored-dates';
import { inheritDate } from '../dates/resolve-dates';
import { isNightBefore } from '../dates/night-of-the-day';
import type { ArticleAnalysis, DateMention, Range, Sentence } from '../types';
import type { ConflictId, EventType } from '../../src/shared/schema';
import { CLAIMED_THAT, REPORTING_VERB } from '../lexicon/reporting-verbs';
import { PAST_MARKER, PLANNED_MARKER } from '../lexicon/tense-words';
import { dateScope, hoursFromLater, inFrontedStart, isSayingSetting, toldByTellerAfter } from './date-scope';
import { CONTACT_TYPES } from './event-cues';
import { findIncidentReferences, namesIncident, type Incident } from './find-incidents';
import { verbOfIncidentObject } from './incident-as-object';
import { afterTheNamedHappening, happeningsNamed, type NamedHappening } from './after-the-named-happening';
import { measureInForceSince } from './measure-in-force-since';
import { answerToAToldHappening } from './answer-to-a-told-happening';
import { inside, overlaps } from '../ranges';

/** Words that put what was said ahead of the telling ("said Trump was scheduled to meet", "said she would visit"). */
const FUTURE_IN_WHAT_WAS_SAID = new RegExp(String.raw`\b(?:${PLANNED_MARKER})\b`, 'i');

/** Reporting words opened by a clause of "after" or "following" ("After the talks on Saturday, ..."). */
const LEADING_AFTER = /^[\s"“]*(?:after|following)\b[^,;]*$/i;
/** The same, "in the wake of" too, opening the clause before a noun with a date of its own (rule "after the dated noun"). */
const LEADING_AFTER_NOUN = /^[\s"“]*(?:after|following|in\s+the\s+wake\s+of)\b[^,;]*$/i;
/** A verb of saying, found once in a stretch of text (REPORTING_VERB is global, for finding them all). */
const SAYING_VERB = new RegExp(REPORTING_VERB.source, 'i');
/** Which of a verb's dates it takes first: its own, then one it shares with the verb it is joined to, then a lower bound. */
const SCOPE_RANK = { own: 0, shared: 1, 'hours-before': 2, 'hours-after': 2, 'on-or-after': 2, 'charged-by': 2, 'on-or-before': 2, 'told-by': 2, other: 3 } as const;

/** Events that are the saying itself: the date before their "that" is their own. */
const SAYING_TYPES_OF_EVENTS = new Set<EventType>(['statement']);

/** The verb an incident is the object of is dated as any verb but a saying's (date-scope.ts). */
const ANSWERING_TYPE: EventType = 'condemnation';

/** A date wider than this (a year, a season) frames a clause rather than dating its act. */
const BROAD_DAYS = 62;

/**
 * Rule "told-that-by-then": a verb of saying stands at or around a date and "that" opens what was told, and the event
 * is in what was told ("Pakistan on Friday rejected reports alleging that it had launched", "Modi told Trump late on
 * Tuesday that a ceasefire was achieved", "X told Fox News after the summit that ... the summit"). The date is the
 * telling's: what it tells happened by then, in the week up to it (as a happening reported undated is dated by its
 * report), not on that day. Seen in u11 (onm0509, prt0503), u12 (tr0618, etv0816) and dev (dip11, where the act told
 * has a date of its own and keeps it).
 */
const SAID_THAT_AFTER_DATE = new RegExp(String.raw`^[\s,()\w]*?(?:${REPORTING_VERB.source}|${CLAIMED_THAT}|alleging|claiming|saying)\s+that\b[^.;:“”"]*$`, 'i');
/** The date right after a verb of saying and whom it was told ("told Trump late on Tuesday | that"), "that" right after it. */
const SAID_BEFORE_DATE = new RegExp(String.raw`(?:${REPORTING_VERB.source})\s+(?:[\p{L}.'’-]+\s+){0,5}$`, 'iu');
const THAT_AFTER_DATE = /^[\s,()\w]{0,12}?\bthat\b[^.;:“”"]*$/i;
/**
 * Unless the teller, right after the date, tells a deed of its own ("Pakistan on Saturday claimed that it had conducted
 * a test", "Russia on Friday said it had struck"): a state or person announces its own act on the day it is done.
 */
const OWN_DEED_ANNOUNCED = new RegExp(String.raw`^[\s,]*(?:\([^()]*\)\s*|\)\s*)?(?:${REPORTING_VERB.source}|${CLAIMED_THAT})\s+(?:that\s+)?(?:it|they|he|she|we)\b`, 'i');

/** How far before its verb of saying the telling's date may stand: the date, then who told it ("Earlier in the day, a White House official said"). */
const TELLER_REACH = 80;

/** How far before publication a quoted speaker's "today" may lie: news reports a briefing within a day or two. */
const QUOTE_LAG_DAYS = 2;

/** The words by which a speaker names the day they speak on ("today", "this morning", "tonight"). */
const SPEAKERS_DAY = /^(?:today|tonight|this\s+(?:morning|afternoon|evening))$/i;

/**
 * What may follow a saying's date when the date stands right after its reporting words: "that", or the subject that
 * opens what was said ("said on Monday he would travel", "said Friday the talks were off", "said on Sunday Russia was"),
 * or the end of the sentence, when what was said stood before the teller ("..., X told reporters after the talks.").
 */
/**
 * A date set off by commas between the teller and the verb of saying ("Putin, on December 19, said", "The ministry, late
 * on Sunday, announced"): the saying's day. Before the date, the comma that opens the aside and at most a preposition
 * or a word of the hour; after it, the closing comma and the verb.
 */
const ASIDE_OPENS = /,\s*(?:(?:on|in|at|late|early|speaking|writing)\s+){0,2}$/i;
const ASIDE_CLOSES = /^\s*,\s*(?:also\s+)?$/i;

const WHAT_WAS_SAID_STARTS = /^\s*,?\s*(?:that\b|(?:he|she|it|they|we|I|there|the|his|her|its|their|this|these|those)\b|\p{Lu})|^\s*[.!?]/u;

/**
 * Rule "hosted for the occasion": "Putin received Witkoff for five hours of talks on Tuesday", "welcomed Starmer for a
 * visit on Saturday": the occasion a guest is hosted for (after "for", past the guest) is the hosting itself, so the
 * date that names it dates the hosting.
 */
const FOR_THE_OCCASION = /^[^.;:!?"“”]{1,80}?\bfor\s+(?:[\w-]+\s+){0,4}?(?:talks|meetings?|visit|dinner|lunch|breakfast|consultations|negotiations|discussions|summit|ceremony|conversation)\b[^.;:!?"“”]*$/i;

/** A phrase of the occasion set before the clause (rule "fronted-occasion"): "During ...", "At ...", "On the sidelines of ...", no comma yet. */
const FRONTED_OCCASION = /^[\s"“]*(?:during|at|in\s+the\s+course\s+of|on\s+the\s+sidelines\s+of)\s+[^,;:]*$/i;


/**
 * Rule "speaker-lag-days-only": a quoted window of a week or more ("recently", "in recent days", "in the coming weeks")
 * is vague by more than a report's lag already, and widening it by that lag only made it wider than any reader's
 * range (a quoted "recently" ran 33 days back; seen in 5 articles of u11 and u12).
 */
const SPEAKER_LAG_SPAN_DAYS = PUBLICATION_WINDOW_DAYS;

/**
 * "This morning" or "today" inside a quotation is the speaker's day, not the article's, and the speech may
 * predate publication: such a date widens back by QUOTE_LAG_DAYS and becomes approximate. Applied once to every
 * date mention, so that what a later sentence inherits from it is widened too. Only a span of days is widened
 * (SPEAKER_LAG_SPAN_DAYS).
 */
export function asSpeakerDates(a: ArticleAnalysis, dates: DateMention[]): DateMention[] {
  return dates.map((d) => {
    const quoted = a.quotes.some((q) => q.start <= d.start && d.end <= q.end);
    if (!quoted || d.date.basis !== 'relative-phrase' || daysBetween(d.date.start, d.date.end) >= SPEAKER_LAG_SPAN_DAYS) return d;
    return { ...d, date: { ...d.date, start: addDays(d.date.start, -QUOTE_LAG_DAYS), precision: 'approximate' } };
  });
}

/** How an event is dated: its own words, else the context it may inherit from. */
export interface DatingFacts {
  /** An attack or strike: only referred to, it happened before the sentence's own date. */
  incident: boolean;
  /** Told as a plan: it cannot end before the article. */
  planned: boolean;
  /** The words that report it ("Misri said on Saturday that"): it happened by the time they say, at the latest. */
  reporting: Range | null;
  /**
   * Told as background ("had condemned", "Earlier, X said"): with no date of its own or of its report, it may lie
   * weeks before publication. (Inside a dated report, "announced on Saturday that they had agreed", the perfect only
   * puts it before the telling: the week up to that still holds it.)
   */
  background?: boolean;
  /** Told as going on now ("is meeting Trump"): undated, it is the publication day. */
  ongoing?: boolean;
  /** Told in the news present ("Modi meets Macron", dates/news-present.ts): undated, the paper's day or the day before. */
  present?: boolean;
  /** An act of speaking ("..., he said", "she warned"): what a quotation dates is what was told, not the telling. */
  saying?: boolean;
}

/**
 * Right after a date, a clause counted in days or weeks from it: ", the day after he had called", ", two days before the
 * talks began", ", a week after Russia struck Sumy". Groups: the count, the unit, after or before, and the clause's words
 * up to the verb.
 */
const DAYS_FROM = /^[\s,]*(?:the|a|(one|two|three|four|five|six|seven|\d+))?\s*(days?|weeks?)\s+(after|before)\b([^,;:]*)$/i;
const DAY_COUNTS: Record<string, number> = { '': 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };
/** "days after" with no count and no article: some days, not one. */
const BARE_DAYS = /^[\s,]*days\b/i;

/**
 * "The visit comes days after Araghchi offered", "The developments come a day after Pakistan expressed": a verb whose
 * clause is counted back from the happening the sentence is about, up to the verb (a subject of a few words between).
 * Groups: the count ("a", "two", "a few", none for bare "days") and the unit.
 */
const COMES_AFTER = new RegExp(String.raw`\b(?:comes?|came|coming)\s+(?:just\s+|only\s+|barely\s+|mere\s+)?(?:${NUMBER}\s+)?(days?|hours?|weeks?)\s+after\s+(?:[\p{L}.'’-]+\s+){1,5}$`, 'iu');
/** Bare "days after" is told of two days to about a week and a half. */
const SOME_DAYS = { from: 10, to: 1 };
/** Bare "weeks after", counted back: from four weeks to two. */
const SOME_WEEKS = [28, 14] as const;

/**
 * "since" and what starts the span, up to its date: the article or word of time right before it ("since the April 22
 * attack", "since last month"), or (rule "since-a-told-start") a short phrase or clause that names the start ("since
 * coming into office on January 20", "since the talks in Istanbul on May 2", "since the truce took effect on May 10"):
 * the span runs from that date all the same (u25: "has pressed both sides since coming into office on January 20" was
 * dated to the week before the paper, leaving out its start). At most six words, no comma or clause end between.
 */
const SINCE_PHRASE = String.raw`\bsince\s+(?:[^\s,;:.!?"“”]+\s+){0,6}?`;
const SINCE_BEFORE_DATE = new RegExp(`${SINCE_PHRASE}$`, 'i');
/** After the verb, its complements (no comma or clause between) and "since" before the date: "exchanging fire along the border since the". */
const SINCE_AFTER_VERB = new RegExp(String.raw`^[^,;:.!?"“”]*?${SINCE_PHRASE}$`, 'i');
/** The longest span from a "since" to the report that is still an event's date: a month, as for "recent" (relative-phrases.ts). */
const SINCE_REACH_DAYS = 30;

/** Rule "teller-after-the-act" (date-scope.ts) for an incident: its date after it is that of a teller's clause. */
const tellersDateOf = (body: string) => (i: Incident): boolean => i.date !== null && i.date.start >= i.end && toldByTellerAfter(body.slice(i.end, i.date.start));

/** A verb told in the past (an event's first word): a past-tense marker or a regular past form. */
const PAST_VERB = new RegExp(String.raw`^(?:${PAST_MARKER}|\w+ed)$`, 'i');

/**
 * Every choice of an event's date in one article, in one place: which date words belong to a verb, to an incident,
 * to the saying of a report, and what an event without date words of its own falls back on.
 */
export function articleDating(a: ArticleAnalysis, dates: DateMention[], incidents: Incident[], reportings: (Range | null)[] = []) {
  const { body } = a.article;
  const published = a.article.meta.published;
  const tellersDate = tellersDateOf(body);
  // A date that names a thing ("the April 22 attack", "recent diplomatic talks") dates that thing only: not the
  // statement around it, nor a later sentence by inheritance.
  const nounDates = findNounDates(body, dates);
  const hostedFor = (at: Range, noun: Range): boolean => noun.start >= at.end && FOR_THE_OCCASION.test(body.slice(at.end, noun.end));
  /**
   * Rule "incident-as-object" (incident-as-object.ts): the verb whose object an incident's noun is ("condemned the strike
   * on Sumy", "accused Kyiv of shelling a market"), if any, in its sentence.
   */
  const objectVerb = (i: Incident): Range | null => {
    const s = a.sentences.find((x) => inside(i, x));
    if (!s) return null;
    // A date written before the noun starts the incident's range: the noun is its last word.
    const before = i.date !== null && i.date.start === i.start;
    const from = before && i.date ? i.date.end : s.start;
    const nounStart = before ? from + body.slice(from, i.end).search(/[\p{L}-]+$/u) : i.start;
    return verbOfIncidentObject(body, from, { start: nounStart, end: i.end });
  };
  /** Whether the verb has a date of its own in its sentence, other than `d` (and those that name a thing). */
  const verbHasOwnDate = (verb: Range, d: DateMention): boolean => {
    const s = a.sentences.find((x) => inside(verb, x));
    return s !== undefined && dates.some((o) => o !== d && inside(o, s) && !nounDates.some((n) => overlaps(o, n.date)) && dateScope(body, s, verb, ANSWERING_TYPE, o) === 'own');
  };
  /**
   * An incident's date that is another verb's ("Drones struck Kyiv, the ministry said on Tuesday"; "Pakistan on Tuesday
   * denied the drone attacks on Jammu"; "The EU condemned the shelling of Kharkiv on Tuesday", where that verb has no
   * other date): the incident was done by then, and the date is no name of it. Rule "news-day-after-the-object".
   * Asked of each incident for its own date, for the dates it frees and for its dating: worked out once.
   */
  const toldByAnotherVerb = new Map<Incident, boolean>();
  const anotherVerbsDate = (i: Incident): boolean => {
    let told = toldByAnotherVerb.get(i);
    if (told === undefined) toldByAnotherVerb.set(i, (told = datedByAnotherVerb(i)));
    return told;
  };
  const datedByAnotherVerb = (i: Incident): boolean => {
    if (!i.date || i.scene) return false;
    if (tellersDate(i)) return true;
    const verb = objectVerb(i);
    if (!verb) return false;
    if (i.date.start < i.end) return verb.start >= i.date.end;
    // After the noun, a day told from the news ("on Tuesday", "yesterday", "last week") is the verb's; a calendar date is
    // how an incident of earlier days is named ("recalled the attack in Pahalgam on 22 April", "of April 22").
    return i.date.date.basis !== 'explicit' && !verbHasOwnDate(verb, i.date);
  };
  const incidentDates = incidents.flatMap((i) => (i.date && !i.scene && !anotherVerbsDate(i) ? [i.date] : []));
  /** Dates written inside an incident's words that are another verb's ("on Tuesday denied the attacks"). */
  const released = new Set(incidents.flatMap((i) => (i.date && anotherVerbsDate(i) ? [i.date] : [])));
  // "The strikes, carried out on the night of May 6-7": the date of strikes told before, none of this sentence's acts.
  const references = a.sentences.map((s) => findIncidentReferences(body, s, dates));
  const named = [...incidentDates, ...nounDates.map((n) => n.date), ...references.flat().map((r) => r.date)];
  const ownDates = dates.filter((d) => released.has(d) || !named.some((r) => overlaps(d, r)));
  /**
   * The date of a reporting clause: inside it ("he said on Thursday that"), or right after it where the words between
   * only say where or to whom ("Trump told reporters | at the White House on Wednesday that").
   */
  /**
   * "After his talks with Trump on Saturday, Zelensky posted that": a date in a leading "after" clause of the reporting
   * words is the earliest day of the saying, not its day.
   */
  const inLeadingAfter = (reporting: Range, d: DateMention): boolean => LEADING_AFTER.test(body.slice(reporting.start, d.start)) && /,/.test(body.slice(d.end, reporting.end));
  const sayingDate = (reporting: Range): DateMention | null => {
    const within = ownDates.find((d) => inside(d, reporting) && !/^since\b/i.test(d.text) && !inLeadingAfter(reporting, d));
    if (within) return within;
    const aside = ownDates.find((d) => d.end <= reporting.start && ASIDE_CLOSES.test(body.slice(d.end, reporting.start)) && ASIDE_OPENS.test(body.slice(Math.max(0, d.start - TELLER_REACH), d.start)));
    if (aside) return aside;
    // Whom it was told is inside the reporting clause already: only settings may follow it.
    // After "said that", a date is inside what was said ("said that on May 9, X called Y").
    if (/\bthat\s*$/i.test(body.slice(reporting.start, reporting.end))) return null;
    return ownDates.find((d) => d.start >= reporting.end && isSayingSetting('', body.slice(reporting.end, d.start)) && WHAT_WAS_SAID_STARTS.test(body.slice(d.end))) ?? null;
  };
  /**
   * "After the talks on Saturday, he posted": that day or later, up to publication; after a day still ahead ("will
   * travel on Monday, where he will meet"), that day or the week after it.
   */
  const onOrAfter = (d: DateMention): DateMention => ({ ...d, date: { start: d.date.start, end: d.date.end > published ? addDays(d.date.end, PUBLICATION_WINDOW_DAYS - 1) : published, precision: 'approximate', basis: 'relative-phrase' } });
  /** Dates that say when a report was made, right after its reporting clause: the report's, never what it reports. */
  const sayingSettings = new Map(reportings.flatMap((r) => {
    const d = r && !ownDates.some((x) => inside(x, r)) ? sayingDate(r) : null;
    return d && r ? [[d, r] as const] : [];
  }));
  /**
   * "Rubio said during his talks with Lavrov on Thursday that ...": a contact named in the saying's setting is where it
   * was said, so the setting's date is that contact's too.
   */
  const contactOfSetting = (d: DateMention, at: Range, type: EventType): boolean => {
    const r = sayingSettings.get(d);
    return r !== undefined && CONTACT_TYPES.has(type) && r.end <= at.start && at.end <= d.start;
  };

  /**
   * "Earlier in the day, an official said Trump was scheduled to meet Zelenskiy during the summit": a date in or
   * before the reporting clause is the day of the telling; a contact told as still ahead in what was said does not take it.
   */
  const tellersDayOfAPlan = (d: DateMention, at: Range): boolean => {
    if (d.end > at.start) return false;
    const between = body.slice(d.end, at.start);
    const saying = SAYING_VERB.exec(between);
    if (!saying || saying.index > TELLER_REACH || /[.;"“”]/.test(between.slice(0, saying.index))) return false;
    return FUTURE_IN_WHAT_WAS_SAID.test(body.slice(d.end + saying.index + saying[0].length, at.end));
  };

  /**
   * Rule "fronted-occasion": "During talks with members of Congress on Tuesday, the minister told lawmakers ...", "At a
   * meeting with EU envoys on Monday, Sybiha said ...": a phrase set before the clause's subject names the occasion
   * its acts were done at, and the date that names that occasion is the clause's day as well.
   */
  const frontedOccasion = (clause: Range, d: DateMention, at: Range): boolean =>
    d.end <= at.start && inside(d, clause) && FRONTED_OCCASION.test(body.slice(clause.start, d.start)) && /,/.test(body.slice(d.end, at.start));

  /** What was done by a day: the week up to it, as a reported happening is dated by its report (`event`). */
  const byThen = (d: DateMention): DateMention => ({ ...d, date: { start: addDays(d.date.start, -PUBLICATION_WINDOW_DAYS), end: d.date.end, precision: 'approximate', basis: 'relative-phrase' } });

  /**
   * What led to a dated act ("collapsed on Wednesday after Kyiv rejected the plan"): the week up to its day, never past
   * the report. A span of a week or more (a month) holds its cause already: what it tells came on it, in its days.
   */
  const ledUpTo = (d: DateMention): DateMention => {
    const end = minIso(d.date.end, published);
    const start = daysBetween(d.date.start, d.date.end) >= PUBLICATION_WINDOW_DAYS ? d.date.start : addDays(d.date.start, -PUBLICATION_WINDOW_DAYS);
    return { ...d, date: { start: start > end ? end : start, end, precision: 'approximate', basis: 'relative-phrase' } };
  };

  /**
   * Some hours before a date: that day or the one before, as hours reach back over midnight. Some hours after it: that
   * day or the next, and for a day already past not beyond the report.
   */
  const hoursFrom = (d: DateMention, scope: 'hours-before' | 'hours-after'): DateMention => {
    if (scope === 'hours-before') return { ...d, date: { start: addDays(d.date.start, -1), end: d.date.end, precision: 'approximate', basis: 'relative-phrase' } };
    const next = addDays(d.date.end, 1);
    return { ...d, date: { start: d.date.start, end: d.date.end > published ? next : minIso(next, published), precision: 'approximate', basis: 'relative-phrase' } };
  };
  /**
   * "fired missiles hours after the talks on Tuesday": a date that names the thing the act is some hours from dates the
   * act by it, though it names another noun: the first such date after the act, in the same stretch of text.
   */
  const hoursFromNoun = (from: number, within: Range): DateMention | null => {
    const n = nounDates.filter((x) => x.noun.start >= from && inside(x.date, within)).sort((x, y) => x.noun.start - y.noun.start)[0];
    const hours = n ? hoursFromLater(body.slice(from, n.noun.start)) : null;
    return n && hours ? hoursFrom(n.date, hours) : null;
  };
  /** An incident dated by a date after it: some hours from that date when the words between say so ("struck hours after the call on Thursday"). */
  const incidentDate = (i: Incident, index: number): DateMention | null => {
    const s = a.sentences[index];
    if (!i.date) return s ? hoursFromNoun(i.end, s) : null;
    // Rules "teller-after-the-act" and "incident-as-object": the day of the telling, of the condemnation, of the charge.
    if (anotherVerbsDate(i)) return byThen(i.date);
    if (i.date.start < i.end) return i.date;
    const hours = hoursFromLater(body.slice(i.end, i.date.start));
    return hours ? hoursFrom(i.date, hours) : i.date;
  };

  /**
   * Rule "incident-as-object": an undated incident that is a verb's object was done by that verb's own date ("The EU on
   * Tuesday condemned the strike on Sumy": in the days up to Tuesday).
   */
  const answering = (i: Incident, index: number): DateMention | null => {
    const s = a.sentences[index];
    const verb = objectVerb(i);
    if (!s || !verb) return null;
    const own = ownDates
      .filter((d) => inside(d, s) && !overlaps(d, i) && daysBetween(d.date.start, d.date.end) <= BROAD_DAYS && dateScope(body, s, verb, ANSWERING_TYPE, d) === 'own')
      .sort((x, y) => Math.abs(x.start - verb.start) - Math.abs(y.start - verb.start))[0];
    return own ? byThen(own) : null;
  };

  /** "came two days after the strike": the sentence's own or inherited date, that many days back, approximate. */
  const countedBack = (i: Incident, index: number): DateMention | null => {
    if (!i.before) return null;
    // "The meeting came two days after the strike": counted from the meeting, dated where the story told it.
    const from = referredDate(a.sentences, ownDates, index, published);
    if (from === null) return null;
    const date = { start: addDays(from.start, -i.before.days), end: addDays(from.end, -i.before.days), precision: 'approximate' as const, basis: 'relative-phrase' as const };
    return { start: i.before.start, end: i.before.end, text: body.slice(i.before.start, i.before.end), date };
  };

  /**
   * "Rubio spoke to Dar on Thursday, the day after he had called Jaishankar": a verb in a clause counted in days
   * from the date before it is dated that many days before (after) or after (before) that date.
   */
  const countedFrom = (candidates: DateMention[], at: Range): DateMention | null => {
    const anchor = candidates.filter((d) => d.end <= at.start).sort((x, y) => y.end - x.end)[0];
    if (!anchor) return null;
    const between = body.slice(anchor.end, at.start);
    // Rule "counted-from-the-main-clause": "The EU on Tuesday imposed sanctions, a day after Kyiv asked for them": the
    // count after the comma is from the date of the clause before it, wherever in that clause the date stands.
    const comma = between.lastIndexOf(',');
    const whole = DAYS_FROM.exec(between);
    const [gap, base] = whole ? [whole, anchor.end] : comma > 0 && !/[;:.!?]/.test(between) ? [DAYS_FROM.exec(between.slice(comma)), anchor.end + comma] : [null, 0];
    if (!gap) return null;
    const sign = (gap[3] ?? '').toLowerCase() === 'after' ? -1 : 1;
    // Rule "weeks-from-the-main-clause": "on Monday, a week after Russia struck Sumy": seven days a week, counted the same way.
    const unit = /^weeks?$/i.test(gap[2] ?? '') ? 7 : 1;
    const days = (DAY_COUNTS[(gap[1] ?? '').toLowerCase()] ?? Number(gap[1])) * unit * sign;
    const end = base + gap.index + (gap[0].length - (gap[4]?.length ?? 0));
    // "on Sunday, days after Trump announced": no count is some days, as for "comes days after".
    const [near, far] = BARE_DAYS.test(gap[0]) ? [sign * SOME_DAYS.to, sign * SOME_DAYS.from] : [days, days];
    const [from, to] = sign < 0 ? [far, near] : [near, far];
    const date = { ...anchor.date, start: addDays(anchor.date.start, from), end: addDays(anchor.date.end, to), basis: 'relative-phrase' as const, ...(near !== far ? { precision: 'approximate' as const } : {}) };
    return { start: anchor.start, end, text: body.slice(anchor.start, end).trimEnd(), date };
  };

  /**
   * "The visit comes days after Araghchi offered to defuse tensions": the verb lies that many days before the date of
   * what the sentence is about (its own, else one carried over in its paragraph, else the week up to publication).
   */
  /**
   * Rule "after the dated noun": "After the Riyadh talks on Tuesday, Rubio called Lavrov", "In the wake of Monday's
   * strikes, Kyiv recalled its envoy": an opening phrase of "after", "following" or "in the wake of" names a thing with
   * its own date (the noun's, noun-dates.ts), and a comma closes it before the verb: that day or later, up to the paper.
   */
  const afterTheDatedNoun = (clause: Range, at: Range): DateMention | null => {
    const n = nounDates.find((x) => inside(x.date, clause) && x.date.end <= at.start && LEADING_AFTER_NOUN.test(body.slice(clause.start, Math.min(x.noun.start, x.date.start))) && /,/.test(body.slice(Math.max(x.noun.end, x.date.end), at.start)));
    return n ? onOrAfter(n.date) : null;
  };
  const comesAfter = (clause: Range, at: Range): DateMention | null => {
    const m = COMES_AFTER.exec(body.slice(clause.start, at.start));
    if (!m) return null;
    const index = a.sentences.findIndex((x) => inside(at, x));
    // Counted back from the days the sentence inherits (the day told last and the days after it). Counting from that
    // day itself ("comes-after-counts-from-what-it-names", round x19) passed its grid but turned a right date wrong on
    // a keyed set nobody had read, and moved no other: not kept (see dates-inside-other-clauses.test.ts).
    const from = inheritDate(a.sentences, dates, index, published);
    const unit = (m[2] ?? '').toLowerCase();
    const { n, vague } = m[1] ? parseNumber(m[1]) : { n: 0, vague: true };
    // "hours after": that day or the one before; "a day after", "two days after": that many; "days", "a few days": a span.
    // Rule "weeks-from-the-main-clause": "a week after", "two weeks after": seven days each; bare "weeks": two to four.
    const [back, upTo] = unit.startsWith('hour') ? [1, 0] : unit.startsWith('week') ? (vague ? SOME_WEEKS : [7 * n, 7 * n]) : vague ? [Math.max(SOME_DAYS.from, 3 * n + 1), SOME_DAYS.to] : [n, n];
    const start = clause.start + m.index;
    const end = start + m[0].trimEnd().length;
    const date = { start: addDays(from.start, -back), end: addDays(from.end, -upTo), precision: 'approximate' as const, basis: 'relative-phrase' as const };
    return { start, end, text: body.slice(start, end), date };
  };

  /**
   * Rule "after the happening told before": "Drones struck a market in Odesa on May 3. ... Kyiv condemned the attack":
   * a definite noun of a happening ("the attack", "the talks", definiteHappenings) names the one the story told last by
   * its nouns or verbs with a date of a week at most: the first day of that date, for rule "after the named happening".
   */
  /** The date words of a sentence naming a happening (`names`): a week wide at most, outside any quotation. */
  const dayToldIn = (t: Sentence, names: RegExp): DateMention | undefined =>
    names.test(t.text) ? dates.find((x) => inside(x, t) && daysBetween(x.date.start, x.date.end) <= PUBLICATION_WINDOW_DAYS && !a.quotes.some((q) => inside(x, q))) : undefined;
  const toldEarlier = (nouns: string[], index: number): string | null => {
    if (nouns.length === 0) return null;
    const names = new RegExp(String.raw`\b(?:${nouns.join('|')})s?\b`, 'i');
    for (let i = index - 1; i >= 0; i--) {
      const t = a.sentences[i];
      const d = t ? dayToldIn(t, names) : undefined;
      if (d) return d.date.start;
    }
    return null;
  };

  /** The happenings a sentence names or refers back to (rule "after the named happening"), read once per sentence. */
  const happenings = new Map<string, NamedHappening[]>();
  const happeningsOf = (s: Sentence, index: number, conflict: ConflictId): NamedHappening[] => {
    const key = `${index} ${conflict}`;
    const known = happenings.get(key);
    if (known) return known;
    const told = definiteHappenings(s.text).flatMap((h) => {
      const day = toldEarlier(h.nouns, index);
      return day ? [{ start: s.start + h.start, end: s.start + h.end, day }] : [];
    });
    const all = [...happeningsNamed(body, s, named, conflict, published), ...told];
    happenings.set(key, all);
    return all;
  };

  /**
   * Rule "possessive-date-of-a-thing": a date in the possessive ("this year's G7 chair", "Tuesday's deadline", "last
   * month's figures") belongs to the noun after it. A noun of a happening takes it as its own (noun-dates.ts); any other
   * noun is no act, and the date is not the verb's either: "Canada, this year's G7 chair, pledged aid" was dated from
   * 1 January (u24). Undated, the act takes what an act with no date words takes.
   */
  const notPossessive = ownDates.filter((d) => !isPossessiveDate(body, d));

  /**
   * Rule "night-of-the-day" (dates/night-of-the-day.ts), for an act: "drones struck overnight, killing four, officials
   * said on June 6": the day is the news day the night ran into, and the night nearer the act is its time, though an
   * incident named by it (the strikes) holds the night's words. The night then dates the act, not the day.
   */
  const nightOfTheDay = (d: DateMention, clause: Range, at: Range): DateMention | null =>
    dates.find((n) => isNightBefore(n) && inside(n, clause) && n.date.end === d.date.start && d.date.precision === 'day' && Math.abs(n.start - at.start) < Math.abs(d.start - at.start)) ?? null;

  /**
   * Rule "since-the-anchor": "troops have been exchanging fire since the April 22 massacre", "Since May 7, X has shelled
   * the border": what went on since a date went on from it to the time of writing, and that whole span is its date. Read
   * as no date of its own ("since" starts a duration, date-scope.ts), it took the week before publication, which left
   * out its start (u15, u16+u17: exchanges of fire and violations told since an attack two weeks back). Only a start
   * within SINCE_REACH_DAYS of the report: a longer span is a trend, no event on a timeline of days.
   */
  const sinceTheAnchor = (clause: Range, at: Range): DateMention | null => {
    const anchor = dates.find((d) => inside(d, clause) && (d.start >= at.end ? SINCE_AFTER_VERB.test(body.slice(at.end, d.start)) : d.end <= at.start && SINCE_BEFORE_DATE.test(body.slice(clause.start, d.start)) && /,/.test(body.slice(d.end, at.start))));
    if (!anchor || anchor.date.start > published || daysBetween(anchor.date.start, published) > SINCE_REACH_DAYS) return null;
    return { ...anchor, date: { start: anchor.date.start, end: published, precision: 'approximate', basis: 'relative-phrase' } };
  };

  /**
   * Rule "since-up-to-the-telling": "has violated the truce since Saturday, India said on Monday": what went on since a
   * day went on from it to the telling (rule "since-the-anchor", ended at the teller's day), not in the week before it.
   */
  const sinceUpToTheTelling = (clause: Range, at: Range, told: DateMention): DateMention | null => {
    const since = sinceTheAnchor(clause, at);
    return since && since.date.start <= told.date.end ? { ...since, date: { ...since.date, end: minIso(since.date.end, told.date.end) } } : null;
  };

  /** How many sentences on a definite noun may still tell the date of an incident told undated ("The strikes, carried out on ..."). */
  const REFERENCE_REACH = 2;
  /** The date a later definite reference tells for an undated incident, when it is the last incident its noun names. */
  const toldLater = (i: Incident, index: number): DateMention | null => {
    const words = body.slice(i.start, i.end);
    for (let k = index + 1; k <= index + REFERENCE_REACH && k < a.sentences.length; k++) {
      for (const r of references[k] ?? []) {
        const last = incidents.filter((o) => o.end <= r.start && namesIncident(r.head, body.slice(o.start, o.end))).at(-1);
        if (last === i && namesIncident(r.head, words)) return r.date;
      }
    }
    return null;
  };

  return {
    /** An incident's own date words, else counted back from the sentence's date, else told by a later reference to it. */
    incident: (i: Incident, index: number): DateMention | null => incidentDate(i, index) ?? countedBack(i, index) ?? toldLater(i, index) ?? answering(i, index),
    /**
     * The date words of the clause nearest the verb at `at`, leaving those that name an incident in `skip`, those
     * of a subordinate clause after the verb, and, for a verb of saying, those of what was said.
     */
    verbal: (clause: Range, at: Range, type: EventType, skip: Range[]): DateMention | null => {
      // Rule "a measure in force since" (measure-in-force-since.ts): the taking of a measure that has stood since a date.
      const inForce = measureInForceSince(body, clause, at, type, dates, published);
      if (inForce) return inForce;
      // A date that names a thing dates this event only when that thing is the event ("Witkoff's recent meeting with"),
      // or the occasion a fronted phrase sets the clause in (rule "fronted-occasion").
      // So too the journey a fronted participle of starting names ("Starting his tour on May 25, he has visited ..."):
      // the clause's acts came on its first day or later (rule "fronted-start-of-a-journey", date-scope.ts).
      const startedOn = (d: DateMention) => d.end <= at.start && inside(d, clause) && inFrontedStart(body.slice(clause.start, d.start), body.slice(d.end, at.start));
      const ownNoun = nounDates.filter((n) => overlaps(n.noun, at) || (type === 'host_visit' && hostedFor(at, n.noun)) || frontedOccasion(clause, n.date, at) || startedOn(n.date)).map((n) => n.date);
      // A date whose words hold the event's own ("after the talks" for the talks) places something else against it.
      const candidates = [...notPossessive, ...ownNoun].filter((d) => inside(d, clause) && !inside(at, d) && !skip.some((s) => overlaps(d, s) && !released.has(d)) && (!sayingSettings.has(d) || contactOfSetting(d, at, type)) && !tellersDayOfAPlan(d, at));
      // A date of the telling, before what was told (rule "told-that-by-then"): the happening told was done by then.
      const toldThat = (d: DateMention): boolean => {
        const between = body.slice(d.end, at.start);
        if (OWN_DEED_ANNOUNCED.test(between)) return false;
        return SAID_THAT_AFTER_DATE.test(between) || (THAT_AFTER_DATE.test(between) && SAID_BEFORE_DATE.test(body.slice(clause.start, d.start)));
      };
      const scoped = candidates
        .map((d) => ({ d, scope: dateScope(body, clause, at, type, d) }))
        .map((c) => (c.scope === 'own' && c.d.end <= at.start && !SAYING_TYPES_OF_EVENTS.has(type) && toldThat(c.d) ? { ...c, scope: 'charged-by' as const } : c))
        .filter((c) => c.scope !== 'other');
      const distance = (d: DateMention) => Math.abs(d.start - at.start);
      // A year or a season in the clause counts or frames ("touched down earlier on Wednesday, marking his fifth visit
      // this year"); beside a date of days it is not the act's date.
      const broad = (d: DateMention) => (daysBetween(d.date.start, d.date.end) > BROAD_DAYS ? 1 : 0);
      // So too beside the teller's day after it ("exchanged prisoners in their first swap of 2025, officials announced
      // Wednesday"): the news is told that day, and the act was done by then.
      const rank = (c: (typeof scoped)[number]) => (broad(c.d) && c.scope === 'own' && scoped.some((o) => o.scope === 'told-by' && !broad(o.d)) ? SCOPE_RANK.other : SCOPE_RANK[c.scope]);
      const best = scoped.sort((x, y) => rank(x) - rank(y) || broad(x.d) - broad(y.d) || distance(x.d) - distance(y.d))[0];
      if (!best) return countedFrom(candidates, at) ?? afterTheDatedNoun(clause, at) ?? comesAfter(clause, at) ?? hoursFromNoun(at.end, clause) ?? sinceTheAnchor(clause, at);
      if (best.scope === 'own' || best.scope === 'shared') return nightOfTheDay(best.d, clause, at) ?? best.d;
      if (best.scope === 'hours-before' || best.scope === 'hours-after') return hoursFrom(best.d, best.scope);
      if (best.scope === 'charged-by' || best.scope === 'told-by') return sinceUpToTheTelling(clause, at, best.d) ?? byThen(best.d);
      if (best.scope === 'on-or-before') return ledUpTo(best.d);
      return onOrAfter(best.d);
    },
    /**
     * Rule "after the named happening" (after-the-named-happening.ts): an act done, told with no date of its own or of
     * its paragraph, whose sentence names an earlier happening (a date that names a thing, an incident's day, a known
     * event), from that happening's day when the window leaves it out. Not what is planned, going on, or told in the
     * news present (just done).
     */
    afterNamed: (dated: TimelineEvent['date'], at: Range, index: number, conflict: ConflictId, facts: DatingFacts, type?: EventType): TimelineEvent['date'] | null => {
      const s = a.sentences[index];
      // Only the window of an undated act gives way (afterTheNamedHappening): read the sentence's happenings for no other.
      if (!s || dated.basis !== 'publication' || facts.planned || facts.ongoing || facts.present) return null;
      // Rule "answer-to-the-happening-told-before" (answer-to-a-told-happening.ts): an answer to a happening told just
      // before it, further back than the month.
      const answer = type ? answerToAToldHappening(type, dated, { sentences: a.sentences, index, dayToldIn, published }) : null;
      return answer ?? afterTheNamedHappening(body, at, dated, happeningsOf(s, index, conflict), published);
    },
    /**
     * Whether an event's own date words put it after publication ("a new meeting is expected in the coming days")
     * while its words are no verb in the past tense ("met on May 20" in a May 12 paper is a misread date, not a plan).
     */
    ahead: (own: DateMention | null, at: Range): boolean => own !== null && own.date.start > published && !PAST_VERB.test(/^\S+/.exec(body.slice(at.start, at.end))?.[0] ?? ''),
    /** When a report was made: the date words of its reporting clause ("he said on Thursday"), never of what it reports. */
    saying: (reporting: Range): DateMention | null => {
      const said = sayingDate(reporting);
      if (said) return said;
      // "After his talks on Saturday, Zelensky wrote that ...": a leading "after" clause is the saying's earliest day.
      const s = a.sentences.find((x) => inside(reporting, x));
      // The teller's own words start after the last comma of a leading clause inside the reporting words.
      const lastComma = body.slice(reporting.start, reporting.end).trimEnd().lastIndexOf(',');
      const from = lastComma > 0 && ownDates.some((d) => inside(d, reporting) && inLeadingAfter(reporting, d)) ? reporting.start + lastComma + 1 : reporting.start;
      const words = { start: from + (/^[\s,"”]*/.exec(body.slice(from, reporting.end))?.[0].length ?? 0), end: reporting.end };
      const lead = s ? ownDates.find((d) => d.end <= words.start && inside(d, s) && dateScope(body, s, words, 'statement', d) === 'on-or-after') : undefined;
      if (lead) return onOrAfter(lead);
      // Rule "fronted-occasion": "During talks with lawmakers on Tuesday, the minister told them ...": that day.
      return s ? (dates.find((d) => frontedOccasion(s, d, words) && /^[^,;:]*,[\s"“]*$/.test(body.slice(d.end, words.start))) ?? null) : null;
    },
    /**
     * The event's own date (with the words that say it), else one inherited from the sentences before it in its
     * paragraph, else the publication window. A date that breaks an invariant against the article (an occurred event
     * after it, a plan before it, a year the text does not state outside the article's) is no date for the event.
     */
    event: (own: DateMention | null, index: number, facts: DatingFacts): TimelineEvent['date'] => {
      const id = a.article.meta.id;
      if (own && dateFault(own.date, facts.planned, published, own.text) === null) return { ...own.date, evidence: { article: id, start: own.start, end: own.end, excerpt: own.text } };
      // Undated, a reported happening took place by the time of its report ("announced on Saturday that they had
      // agreed"): the week up to the report's day, as an undated event gets the week up to publication.
      const report = facts.reporting && !facts.planned ? sayingDate(facts.reporting) : null;
      if (report) {
        const date = { start: addDays(report.date.start, -PUBLICATION_WINDOW_DAYS), end: report.date.end, precision: 'approximate' as const, basis: 'inherited' as const };
        if (dateFault(date, false, published, null) === null) return { ...date, evidence: null };
      }
      const s = a.sentences[index];
      // "'This attack today demands a response,' Zelensky said": a speaker's "today" inside the quotation told is the
      // day of the telling (widened back by QUOTE_LAG_DAYS, asSpeakerDates), whatever else it dates.
      const spoken = facts.saying && !facts.planned && s ? dates.find((d) => inside(d, s) && SPEAKERS_DAY.test(d.text) && a.quotes.some((q) => inside(d, q))) : undefined;
      if (spoken && dateFault(spoken.date, false, published, spoken.text) === null) return { ...spoken.date, evidence: { article: id, start: spoken.start, end: spoken.end, excerpt: spoken.text } };
      // Other date words of its own sentence were weighed above and belong to something else.
      // A date inside a quotation is part of what someone said ("... acts of the kind we saw on April 22nd ...", he
      // said): it sets no scene for the telling, which came after it.
      const quoted = (d: DateMention) => a.quotes.some((q) => inside(d, q));
      // An incident may go on with an incident's date told before ("The strike hit Kyiv on Monday. The attack killed
      // 12"), but not with a date that names a thing (rule "named-date-sets-no-scene": "since the April 22 attack").
      const context = (facts.incident ? dates.filter((d) => !nounDates.some((n) => overlaps(d, n.date))) : ownDates).filter((d) => (!s || !inside(d, s)) && !(facts.saying && quoted(d)));
      const inherited = inheritDate(a.sentences, context, index, published);
      // A plan with nothing to date it lies ahead of the report, not in the week before it; what is going on as the
      // article is written is on its day; what is told as background may lie weeks back.
      const undated = facts.planned
        ? plannedWindow(published)
        : facts.ongoing
          ? { start: published, end: published, precision: 'approximate' as const, basis: 'publication' as const }
          : facts.present
            ? newsPresentWindow(published)
            : facts.background
            ? backgroundWindow(published)
            : publicationWindow(published);
      // Rule "no-scene-from-a-plan": what was done takes no scene from a sentence that tells what lies ahead ("will
      // visit later in the week. X had condemned the attack"): a date reaching past the report is a plan's.
      const fromAPlan = !facts.planned && inherited.end > published;
      return { ...(inherited.basis !== 'publication' && !fromAPlan && dateFault(inherited, facts.planned, published, null) === null ? inherited : undated), evidence: null };
    },
  };
}

export type ArticleDating = ReturnType<typeof articleDating>;
