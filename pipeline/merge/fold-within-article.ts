import { CONFLICTS, EVENT_TYPES, type Channel, type EventType, type Person } from '../../src/shared/schema';
import type { ExtractedEvent } from '../events/extract-events';
import { addDays } from '../dates/calendar';
import { betterDate, datesOverlap, isStated } from './compare-dates';
import { speaksForState } from '../events/spokesperson-venue';
import { readoutOf } from './spokesperson-readout';
import { isTruceAndItsExtension } from './truce-extension';

/** What is said rather than done: the content of a call or meeting, or a statement of its own. */
const SAYING = new Set<EventType>(['statement', 'appeal', 'demand', 'condemnation', 'accusation', 'threat', 'rejection', 'intent_to_cooperate']);
/** Contacts whose content later sentences report ("The message he conveyed to Sharif ..."). */
const CONVERSATIONS = new Set<EventType>(['phone_call', 'meeting']);
/** A saying in a venue of its own (a briefing, a post, an interview) is not the content of a call. */
const OWN_VENUE = new Set<Channel>(['press_briefing', 'social_media', 'interview']);
/** How many sentences after a call its content is still reported; news tells a call and then what was said. */
const CONTENT_REACH = 3;

function addSources(into: ExtractedEvent, from: ExtractedEvent): void {
  const have = new Set(into.sources.map((s) => s.start));
  into.sources.push(...from.sources.filter((s) => !have.has(s.start)));
  // One article's sources in reading order.
  into.sources.sort((a, b) => a.start - b.start);
  // Rule "a saying typed by what it says": what one telling of the act told types it.
  into.toldType ??= from.toldType;
  // One person's act of speaking told in two sentences ("Trump said ... . He made the remarks to reporters"): the
  // venue one of them names is the act's. (A state's statement folded into its official's words says nothing of the
  // official's venue: "the US issued a statement" and the spokeswoman's briefing.)
  const samePeople = from.actors.length > 0 && from.actors.every((id) => into.actors.includes(id));
  if (SAYING.has(into.type) && SAYING.has(from.type) && samePeople && into.channel === 'unknown' && from.channel !== 'media_report') into.channel = from.channel;
}

/** Undated, or dated the same as the contact: an own date elsewhere makes it another occasion. */
const compatible = (e: ExtractedEvent, c: ExtractedEvent) => e.status === c.status && e.conflict === c.conflict && (e.date.evidence === null || datesOverlap(e.date, c.date));

/**
 * The calls a saying reports the content of: the actor's calls or meetings told just before it, narrowed to the
 * counterpart the sentence names (by person, else the state the verb addresses: "encouraged India").
 */
function conversationsOf(e: ExtractedEvent, before: ExtractedEvent[], people: Map<string, Person>): ExtractedEvent[] {
  const actor = e.actors[0];
  if (!actor || e.actors.length > 1 || !SAYING.has(e.type) || OWN_VENUE.has(e.channel) || e.saidApart) return [];
  const calls = before.filter((c) => CONVERSATIONS.has(c.type) && c.actors.includes(actor) && e.sentence - c.sentence <= CONTENT_REACH && compatible(e, c));
  const others = (c: ExtractedEvent) => c.actors.filter((id) => id !== actor);
  const byPerson = calls.filter((c) => others(c).some((id) => e.mentioned.includes(id)));
  if (byPerson.length) return byPerson;
  const to = (c: ExtractedEvent) => others(c).some((id) => people.get(id)?.country === e.addressee);
  return e.addressee && calls.some(to) ? calls.filter(to) : calls;
}

/** The nearest statement or appeal by an official of the state that an actorless statement names as its subject. */
function officialOf(e: ExtractedEvent, events: ExtractedEvent[], people: Map<string, Person>): ExtractedEvent | undefined {
  if (e.actors.length > 0 || !e.agent) return undefined;
  // Only a plain statement or appeal: "India accused Pakistan of violating the ceasefire" is an accusation of its own,
  // unless the state's spokesperson is its voice (rule "the spokesperson's lead").
  if (e.type !== 'statement' && e.type !== 'appeal') return spokespersonOf(e, events, people);
  // The same act told twice is told as the same kind of act, in the same sentence, or in the same paragraph by the one
  // whose office is to speak for the state (a spokesperson's briefing is the state's statement, whatever it asked):
  // "Islamabad sent letters urging ..." (an appeal) is not the defence minister's remark told in the sentence before.
  const spokesperson = (o: ExtractedEvent) => o.actors.some((id) => speaksForState(id, people));
  const sameAct = (o: ExtractedEvent) => o.type === e.type || o.sentence === e.sentence || (spokesperson(o) && o.paragraph === e.paragraph);
  // Rule "the ministry's release is not the minister's remark": what a state issued as a statement ("the ministry
  // said in a statement") has another teller than an official's own words ("he said", a post), unless that
  // official is the spokesperson who speaks for the state, or the same sentence tells both.
  const otherTeller = (o: ExtractedEvent) => e.channel === 'official_statement' && o.channel !== 'official_statement' && !spokesperson(o) && o.sentence !== e.sentence;
  const candidates = events.filter(
    (o) => o !== e && (o.type === 'statement' || o.type === 'appeal') && sameAct(o) && !otherTeller(o) && o.actors.some((id) => people.get(id)?.country === e.agent) && compatible(e, o) && datesOverlap(e.date, o.date),
  );
  return candidates.sort((x, y) => Math.abs(x.sentence - e.sentence) - Math.abs(y.sentence - e.sentence) || x.sentence - y.sentence)[0];
}

/**
 * Rule "the spokesperson's lead": "India on Monday accused Pakistan of sabre rattling" over a story that then quotes
 * the foreign ministry's spokesperson is the lead of that briefing: a state's accusation, rejection or condemnation
 * told with no one named is the words of the one spokesperson of that state the article quotes on fitting dates.
 * (With two of them, or none, it stays the state's own act.)
 */
function spokespersonOf(e: ExtractedEvent, events: ExtractedEvent[], people: Map<string, Person>): ExtractedEvent | undefined {
  if (!SAYING.has(e.type) || e.type === 'intent_to_cooperate') return undefined;
  const voices = events.filter((o) => o !== e && SAYING.has(o.type) && o.actors.length === 1 && o.actors.every((id) => speaksForState(id, people) && people.get(id)?.country === e.agent) && compatible(e, o) && datesOverlap(e.date, o.date));
  return new Set(voices.map((o) => o.actors[0])).size === 1 ? voices.sort((x, y) => Math.abs(x.sentence - e.sentence) - Math.abs(y.sentence - e.sentence))[0] : undefined;
}

/** Agreements and contacts between states: told once with the people who made them, once with only the states. */
const BETWEEN_STATES = new Set<EventType>(['ceasefire', 'negotiation', 'intent_to_cooperate', 'meeting', 'phone_call']);

/**
 * The account of the same agreement or contact that names who acted for the states an actorless one names. Rule "one
 * sitting, two words": "the two delegations held talks in Geneva on Monday" and "A met B in Geneva" are one sitting,
 * whichever of talks or meeting each sentence calls it.
 */
function namedAccountOf(e: ExtractedEvent, events: ExtractedEvent[], people: Map<string, Person>): ExtractedEvent | undefined {
  if (e.actors.length > 0 || !BETWEEN_STATES.has(e.type) || e.countries.length === 0) return undefined;
  const sameKind = (o: ExtractedEvent) => o.type === e.type || (SITTINGS.has(o.type) && SITTINGS.has(e.type));
  return events.find((o) => {
    if (o === e || !sameKind(o) || o.actors.length === 0 || !compatible(e, o) || !datesOverlap(e.date, o.date)) return false;
    const parties = new Set([...o.countries, ...o.actors.map((id) => people.get(id)?.country)]);
    return e.countries.every((c) => parties.has(c));
  });
}

/** Agreements two states make together: either may be told as its agent, so who "agreed" does not tell two apart. */
const MUTUAL = new Set<EventType>(['ceasefire', 'intent_to_cooperate']);

/**
 * Rule "one agreement told twice": "Delhi and Islamabad agreed to stop firing on Saturday" and "the truce took hold at
 * dusk" in one article are one ceasefire, though the reading of each sentence took another state for its agent. An
 * agreement told with no person named, between the same states (two or more), on fitting dates, is the one the
 * article told before with no person named either. (A second agreement the text dates apart stays its own, and so
 * does a truce's extension, truce-extension.ts.)
 */
function sameAgreementOf(e: ExtractedEvent, earlier: ExtractedEvent[], all: ExtractedEvent[]): ExtractedEvent | undefined {
  if (e.actors.length > 0 || !MUTUAL.has(e.type) || e.countries.length < 2) return undefined;
  const parties = new Set(e.countries);
  const same = (o: ExtractedEvent) => o.type === e.type && o.actors.length === 0 && o.countries.length === parties.size && o.countries.every((c) => parties.has(c));
  const agreements = all.filter(same);
  const choice = (o: ExtractedEvent) => {
    if (!choiceOfDays(e, o, agreements)) return false;
    // The merge across the article keeps them apart too (merge-events.ts reads the mark).
    (isStated(e.date) ? o : e).amongDays = true;
    return true;
  };
  return earlier.find((o) => same(o) && compatible(e, o) && datesOverlap(e.date, o.date) && !isTruceAndItsExtension(e, o) && !choice(o));
}

/**
 * Rule "a deal and the days that followed it": "the delegations agreed to swap all wounded prisoners. On 9 June the first
 * group came home ... On 11 June ...": an agreement told without a day of its own is the one dated agreement of those
 * states that its range holds, not any of two or more: a story that dates several (a chronology of swaps, each on its
 * day) tells each apart from the deal, whose guessed week holds them all. (With one dated, it is that one, as before.)
 */
function choiceOfDays(e: ExtractedEvent, o: ExtractedEvent, agreements: ExtractedEvent[]): boolean {
  if (isStated(e.date) === isStated(o.date)) return false;
  const undated = isStated(e.date) ? o : e;
  const days = new Set(agreements.filter((a) => isStated(a.date) && datesOverlap(undated.date, a.date)).map((a) => `${a.date.start}..${a.date.end}`));
  return days.size > 1;
}

/** Acts of speaking more specific than a statement, and declarations (a truce is declared in words). */
const DECLARED = new Set<EventType>(['appeal', 'demand', 'condemnation', 'accusation', 'threat', 'rejection', 'ceasefire', 'intent_to_cooperate']);

/**
 * "Putin announced the truce ... 'We will assume Kyiv follows our example,' Putin said": an undated statement by the
 * one person who declared, threatened or appealed just before is more of that act's words, not another statement.
 */
function declarationOf(e: ExtractedEvent, kept: ExtractedEvent[]): ExtractedEvent | undefined {
  const speaker = e.actors[0];
  if (e.type !== 'statement' || e.actors.length !== 1 || !speaker || e.date.evidence !== null) return undefined;
  return kept.filter((o) => DECLARED.has(o.type) && o.actors.length === 1 && o.actors[0] === speaker && Math.abs(e.sentence - o.sentence) <= CONTENT_REACH && compatible(e, o) && datesOverlap(e.date, o.date)).at(-1);
}

/** Contacts a participant told after them may join ("Ushakov was part of the delegation"). */
const JOINABLE = new Set<EventType>(['meeting', 'negotiation', 'phone_call', 'mediation']);

/**
 * A participation with no date words of its own ("Russia will be represented by D") has only its tense's guess (the
 * month after publication for a plan, the week before it otherwise), which says nothing of the day: any contact within
 * a week of that range fits.
 */
const UNDATED_JOIN_SLACK = 7;
function joinDatesFit(e: ExtractedEvent, o: ExtractedEvent): boolean {
  if (datesOverlap(e.date, o.date)) return true;
  return e.date.basis === 'publication' && o.date.end >= addDays(e.date.start, -UNDATED_JOIN_SLACK) && o.date.start <= addDays(e.date.end, UNDATED_JOIN_SLACK);
}

/**
 * The contact a participation joins, on fitting dates: "They met on Friday. X also took part." Of talks and meetings
 * the first the article tells (its lead story: a sitting mentioned in passing since, "which followed talks with Y on
 * Sunday", is not where the delegation sat), else the last call told before. A story written as talks open tells them
 * begun and who "will be represented by" whom in one breath: a participation joins whatever the tense of either. A
 * sitting told in the participation's own paragraph comes first.
 */
function joinedContactOf(e: ExtractedEvent, kept: ExtractedEvent[]): ExtractedEvent | undefined {
  if (!e.joins) return undefined;
  const contacts = kept.filter((o) => JOINABLE.has(o.type) && o.sentence <= e.sentence && o.conflict === e.conflict && joinDatesFit(e, o));
  // Delegations sit at a table: when the article told talks or a meeting, calls mentioned since are not what they joined.
  const sittings = contacts.filter((o) => SITTINGS.has(o.type));
  // A delegation listed in the paragraph that tells a sitting is that sitting's ("... the meeting in Geneva is expected on
  // June 3. The Russian delegation includes X and Y."), whatever the article's lead story.
  const here = sittings.filter((o) => o.paragraph === e.paragraph);
  return here[0] ?? sittings[0] ?? contacts.at(-1);
}

/**
 * "Witkoff's visit comes a day after ..." and "Witkoff met Putin": the visit is the trip on which they met. A visit
 * the text dates ("On June 3, the delegation will travel to Washington") is not the trip of a sitting dated only by
 * the week of publication ("the delegation will meet the Secretary-General"): that the guess holds the day says
 * nothing of whether they are one occasion.
 */
function tripOf(e: ExtractedEvent, kept: ExtractedEvent[]): ExtractedEvent | undefined {
  const visitor = e.actors[0];
  if (e.type !== 'visit' || e.actors.length !== 1 || !visitor) return undefined;
  const datedAlone = (o: ExtractedEvent) => isStated(e.date) && !isStated(o.date);
  return kept.find((o) => SITTINGS.has(o.type) && o.actors.includes(visitor) && o.actors.length > 1 && compatible(e, o) && datesOverlap(e.date, o.date) && !datedAlone(o));
}

/**
 * "Merz, Macron and Starmer set off for Kyiv" and "Starmer, Merz and Tusk travelled to Ukraine": one trip told twice,
 * each time with some of the travellers. Visits told in one article that share a traveller and a destination (a
 * state that is none of the travellers' own), on fitting dates, are one trip with all of them.
 */
function sameTripOf(e: ExtractedEvent, kept: ExtractedEvent[], people: Map<string, Person>): ExtractedEvent | undefined {
  if (e.type !== 'visit' || e.actors.length === 0) return undefined;
  return kept.find((o) => {
    if (o.type !== 'visit' || !compatible(e, o) || !datesOverlap(e.date, o.date) || !o.actors.some((id) => e.actors.includes(id))) return false;
    const homes = new Set([...e.actors, ...o.actors].map((id) => people.get(id)?.country));
    return e.countries.some((c) => !homes.has(c) && o.countries.includes(c));
  });
}

/**
 * "The Prime Minister spoke with the leaders of the United States, Italy, France and Germany" and "Starmer spoke with
 * Trump": a contact told with its one named party and the states of the others is the one told with some of those
 * others by name, on fitting dates (a group's call is told once by states, once by the names the text knows).
 */
const GROUP_CONTACTS = new Set<EventType>(['phone_call', 'meeting', 'negotiation']);
function namedMembersOf(e: ExtractedEvent, events: ExtractedEvent[], people: Map<string, Person>): ExtractedEvent | undefined {
  const party = e.actors[0];
  if (!GROUP_CONTACTS.has(e.type) || e.actors.length !== 1 || !party) return undefined;
  const home = people.get(party)?.country;
  const counterpartStates = e.countries.filter((c) => c !== home);
  if (counterpartStates.length < 2) return undefined;
  return events.find((o) => {
    if (o === e || o.type !== e.type || !o.actors.includes(party) || o.actors.length < 2 || !compatible(e, o) || !datesOverlap(e.date, o.date)) return false;
    return o.actors.filter((id) => id !== party).every((id) => counterpartStates.includes(people.get(id)?.country ?? ''));
  });
}

/** "Witkoff wrapped up talks with Putin" then "Witkoff met Putin for four hours": one sitting told as talks and as a meeting. */
const SITTINGS = new Set<EventType>(['meeting', 'negotiation']);

/** The sitting of the same people, with fitting dates, told earlier in the article under the other word. */
function sameSittingOf(e: ExtractedEvent, kept: ExtractedEvent[]): ExtractedEvent | undefined {
  if (!SITTINGS.has(e.type) || e.actors.length < 2) return undefined;
  const same = (o: ExtractedEvent) => o.actors.length === e.actors.length && e.actors.every((id) => o.actors.includes(id));
  return kept.find((o) => o !== e && SITTINGS.has(o.type) && o.type !== e.type && same(o) && compatible(e, o) && datesOverlap(e.date, o.date));
}

/**
 * "the Pahalgam terrorist attack" told without a date where the article dates the attack elsewhere ("the April 22
 * terror attack"): a terrorist attack is rare, and an undated one refers back to the one attack the article dates,
 * when it dates exactly one and their places do not differ. (Strikes are not folded so: in a war there is one nearly
 * every day in the same places.)
 */
function datedAttackOf(e: ExtractedEvent, kept: ExtractedEvent[]): ExtractedEvent | undefined {
  if (e.type !== 'terrorist_attack' || e.actors.length > 0 || isStated(e.date)) return undefined;
  const dated = kept.filter((o) => o !== e && o.type === e.type && o.status === e.status && isStated(o.date) && (!o.place || !e.place || o.place === e.place));
  return dated.length === 1 ? dated[0] : undefined;
}

/**
 * Rule "the words of the call they were said in": "Trump said he had urged Xi to join the efforts during their recent
 * phone call": what one of a call's (or meeting's) people said to the others, told in the sentence that tells the call,
 * is what the call was about, not an act of its own. (Its own people only: "X urged Y during his call with Z" is not;
 * nor one told apart from it: "Speaking after talks with Z, X offered ...", "at a joint news conference with Z".)
 */
function callOfSameSentence(e: ExtractedEvent, kept: ExtractedEvent[]): ExtractedEvent | undefined {
  if (!SAYING.has(e.type) || e.type === 'statement' || e.actors.length === 0 || e.saidApart) return undefined;
  return kept.find((o) => o !== e && CONVERSATIONS.has(o.type) && o.sentence === e.sentence && e.actors.every((id) => o.actors.includes(id)) && compatible(e, o) && datesOverlap(e.date, o.date));
}

/** Contacts at which people hear one another: a call, a meeting, talks. */
const HEARD_AT = new Set<EventType>(['phone_call', 'meeting', 'negotiation']);

/**
 * Rule "the words heard at the table": "Putin told Xi that ...", "Sharif urged Rubio to ...": a saying addressed to
 * someone by name was heard by them, so it was said where both were, at a call or a sitting. When the article tells
 * exactly one contact of the speaker with every listener, on fitting dates, the saying is what was said there, in
 * whichever sentence it is told, not an act of its own. (Told apart from its contact, "said after meeting X", or in a
 * venue of its own, it stays its own; so does one with two such contacts to choose from, or none: "during his call
 * with Xi, Trump urged Putin" was not said to Putin on that call.)
 */
function contactHeardAt(e: ExtractedEvent, kept: ExtractedEvent[]): ExtractedEvent | undefined {
  if (!e.listeners?.length || !mayBeSaidAtAContact(e)) return undefined;
  const contacts = kept.filter((o) => o !== e && HEARD_AT.has(o.type) && e.actors.every((id) => o.actors.includes(id)) && compatible(e, o) && datesOverlap(e.date, o.date));
  return contacts.length === 1 ? contacts[0] : undefined;
}

/** A saying with no venue of its own and not told apart from a contact ("said after meeting X") may be a contact's words. */
function mayBeSaidAtAContact(e: ExtractedEvent): boolean {
  return SAYING.has(e.type) && !OWN_VENUE.has(e.channel) && !e.saidApart;
}

/** The call or meeting whose readout a spokesperson's words are (spokesperson-readout.ts), among those told just before. */
function readoutContactOf(e: ExtractedEvent, kept: ExtractedEvent[], people: Map<string, Person>): ExtractedEvent | undefined {
  if (!mayBeSaidAtAContact(e)) return undefined;
  const before = kept.filter((c) => CONVERSATIONS.has(c.type) && e.sentence - c.sentence >= 0 && e.sentence - c.sentence <= CONTENT_REACH && compatible(e, c) && datesOverlap(e.date, c.date));
  return readoutOf(e, before, people);
}

/**
 * Rule "talks of one side, told by another": "Trump noted that Putin wants direct talks", "the minister stated that Putin
 * is not against a third round of negotiations", "Zelenskyy said Kyiv has no problem engaging in negotiations": talks
 * that someone tells of, with every party of one of the war's sides and no date of their own, are that teller's
 * account of a side's position (the fold below makes them the teller's statement), not a sitting: talks have two sides.
 * (A meeting may have one side: a cabinet or a security council meets.)
 */
function oneSidedSitting(e: ExtractedEvent, people: Map<string, Person>): boolean {
  // Talks told ahead ("the delegation will hold talks", the other side unnamed) are a plan, and stay one.
  if (e.type !== 'negotiation' || e.status !== 'occurred' || !e.reporter || e.date.evidence !== null) return false;
  const sides = [...new Set([...e.countries, ...e.actors.map((id) => people.get(id)?.country ?? id)])];
  // One of the war's own sides ("the Vatican might host the negotiations" names a host, not a side).
  const parties: readonly string[] = CONFLICTS[e.conflict].countries;
  return sides.length === 1 && parties.includes(sides[0] ?? '');
}

/**
 * Rule "the lead's release": "Pakistan on Friday rejected the reports ..." and, undated, "In a statement, Pakistan's
 * Foreign Office said ...", "the Pakistani Foreign Office said, '...'": a plain statement of a state with no one named,
 * told without a date of its own, is the one dated act of speaking of that state with no one named that the article
 * tells (its lead, as a rule). (With two such dated acts, or none, it stays its own; so does a more specific act, and
 * an agreement of two states is no one state's words.)
 */
function leadOfState(e: ExtractedEvent, kept: ExtractedEvent[]): ExtractedEvent | undefined {
  if (e.type !== 'statement' || e.actors.length > 0 || !e.agent || isStated(e.date)) return undefined;
  const dated = kept.filter((o) => o !== e && SAYING.has(o.type) && o.type !== 'intent_to_cooperate' && o.actors.length === 0 && o.agent === e.agent && isStated(o.date) && compatible(e, o) && datesOverlap(e.date, o.date));
  return dated.length === 1 ? dated[0] : undefined;
}

/**
 * Rule "the attack told again" (events/told-again.ts): "A Russian missile attack on Kryvyi Rih killed 18, officials said
 * on Saturday ... The combined missile and drone attack on the city injured another 72": an attack or a measure named
 * by "the" or "this" is the one of its kind the article dates, when it dates exactly one on a fitting date whose states
 * hold the states it names. (Named by "a", or with two dated ones to choose from, it stays its own.)
 */
function toldBeforeOf(e: ExtractedEvent, kept: ExtractedEvent[]): ExtractedEvent | undefined {
  if (!e.refersBack) return undefined;
  const dated = kept.filter((o) => o !== e && !o.refersBack && o.type === e.type && isStated(o.date) && e.countries.every((c) => o.countries.includes(c)) && compatible(e, o) && datesOverlap(e.date, o.date));
  return dated.length === 1 ? dated[0] : undefined;
}

/**
 * Rule "one telling, one sentence": "On July 11, President Zelenskyy confirmed that Ukraine is ready for negotiations"
 * yields the dated saying and the position it reports, which the fold above makes the teller's statement too, dated
 * only as the week up to the saying. One sentence's statements by the same people on fitting dates are one act of
 * telling, on the better date: settled within the article, so that the undated one never joins another paper's
 * saying of an earlier week and drags the dated one with it.
 */
function sameTellingOf(e: ExtractedEvent, out: ExtractedEvent[]): ExtractedEvent | undefined {
  if (e.type !== 'statement' || e.actors.length === 0) return undefined;
  return out.find((o) => o.type === 'statement' && o.sentence === e.sentence && o.actors.length === e.actors.length && e.actors.every((id) => o.actors.includes(id)) && compatible(e, o) && datesOverlap(e.date, o.date, false, false));
}

/** Sittings of people at one table: a meeting, talks, a visit hosted. */
const TABLES = new Set<EventType>(['meeting', 'negotiation', 'host_visit']);

/**
 * Rule "the dated sitting": "Trump hosted Munir at the White House on Wednesday" and, undated, "this lunch meeting
 * between Trump and Munir", "after a meeting with Munir, Trump said": a sitting told without a date of its own, whose
 * named people are all among those of the one sitting the article dates, refers back to it. (With two dated sittings
 * of those people, or none, it stays its own.)
 */
function datedSittingOf(e: ExtractedEvent, kept: ExtractedEvent[]): ExtractedEvent | undefined {
  if (!TABLES.has(e.type) || e.actors.length === 0 || isStated(e.date)) return undefined;
  // Its sentence names everyone at that sitting ("after a meeting with Munir, Trump said"): a cabinet meeting chaired by
  // one of them ("a meeting chaired by Modi") is another sitting.
  const dated = kept.filter((o) => o !== e && TABLES.has(o.type) && isStated(o.date) && e.actors.every((id) => o.actors.includes(id)) && o.actors.every((id) => e.mentioned.includes(id)) && compatible(e, o) && datesOverlap(e.date, o.date));
  return dated.length === 1 ? dated[0] : undefined;
}

/**
 * Folds what one article tells about one happening in several sentences into one event, before events are
 * merged across articles:
 * - what a person said in a call or meeting told just before becomes a source of that call, not a statement;
 * - a statement someone only reports ("Leavitt said that Trump has expressed ...", or inside her quotation), or
 *   a state's position they report, is the reporter's statement, unless the text dates it as an occasion of its own;
 * - a statement by a state with no person named ("The White House on Tuesday expressed ...") is the statement of
 *   that state's official the article quotes, when their dates fit;
 * - an agreement or contact told with only the states ("India and Pakistan agreed to a ceasefire") is the one told
 *   with the people who made it ("the DGMOs of the two countries agreed ..."), when types and dates fit;
 * - someone who "also took part" or "was part of the delegation" joins the contact told before, when dates fit, and
 *   so does an undated reference to it ("after the marathon talks concluded");
 * - a visit by one of a meeting's people, told after it on fitting dates, is the trip of that meeting; one told as
 *   known already ("his recent visit to Tehran", undated) is that or nothing;
 * - visits that share a traveller and a destination on fitting dates are one trip with all the travellers;
 * - a contact told with one party and the states of the others is the one told with some of those others by name;
 * - talks and a meeting of the same people on fitting dates are one sitting, a meeting (they sat together);
 * - a terrorist attack told without a date is the one attack the article dates, where places do not differ;
 * - a sitting told without a date, of people all at the one sitting the article dates, is that sitting;
 * - what a call's people said to each other, told in the sentence of the call, is that call;
 * - a saying addressed to someone by name is the one call or sitting of its speaker and listeners the article tells;
 * - a spokesperson's undated words told just after a call or meeting of the official they speak for are its readout;
 * - a state's undated statement with no one named is its one dated act of speaking with no one named;
 * - one sentence's statements by the same people on fitting dates are one act of telling.
 */
export function foldWithinArticle(events: ExtractedEvent[], people: Map<string, Person>): ExtractedEvent[] {
  const kept: ExtractedEvent[] = [];
  for (const e of events) {
    const calls = conversationsOf(e, kept, people);
    if (calls.length) {
      for (const c of calls) addSources(c, e);
      continue;
    }
    // A state's position told by someone else ("there is discussion that Pakistan wants ...") is theirs to report.
    const joined = joinedContactOf(e, kept);
    if (joined) {
      addSources(joined, e);
      joined.actors = [...new Set([...joined.actors, ...e.actors])];
      // A participant brings their state; a reference back to the contact ("after the talks ended") brings nothing.
      if (e.actors.length > 0) joined.countries = [...new Set([...joined.countries, ...e.countries])];
      continue;
    }
    const declaration = declarationOf(e, kept);
    if (declaration) {
      addSources(declaration, e);
      continue;
    }
    const trip = tripOf(e, kept);
    if (trip) {
      addSources(trip, e);
      trip.place ??= e.place;
      continue;
    }
    // "Recalling his recent visit to Tehran": a visit told as known already, and no sitting's trip, is background.
    if (e.knownVisit) continue;
    const together = sameTripOf(e, kept, people);
    if (together) {
      addSources(together, e);
      together.date = betterDate(together.date, e.date);
      together.actors = [...new Set([...together.actors, ...e.actors])];
      together.countries = [...new Set([...together.countries, ...e.countries])];
      together.place ??= e.place;
      continue;
    }
    const sitting = sameSittingOf(e, kept);
    if (sitting) {
      addSources(sitting, e);
      sitting.date = betterDate(sitting.date, e.date);
      // "Met" says they sat together: the talks were a meeting, in person.
      if (e.type === 'meeting') Object.assign(sitting, { type: 'meeting', cameo: EVENT_TYPES.meeting.cameo, channel: e.channel });
      continue;
    }
    // An agreement between states ("Moscow and Kyiv agreed to a swap, X said") is an act of both, not a position.
    const agreement = e.type === 'intent_to_cooperate' && e.countries.length >= 2;
    const reported = e.type === 'statement' || (e.actors.length === 0 && SAYING.has(e.type) && !agreement) || oneSidedSitting(e, people);
    if (reported && e.reporter && e.date.evidence === null) {
      // Talks told as a position were not held in person: the teller's channel is not theirs.
      const channel = oneSidedSitting(e, people) ? { channel: 'unknown' as const } : {};
      kept.push({ ...e, type: 'statement', cameo: EVENT_TYPES.statement.cameo, actors: [e.reporter], agent: null, reporter: null, ...channel });
      continue;
    }
    kept.push(e);
  }
  const out: ExtractedEvent[] = [];
  for (const e of kept) {
    const lead = leadOfState(e, kept);
    if (lead) {
      addSources(lead, e);
      lead.countries = [...new Set([...lead.countries, ...e.countries])];
      continue;
    }
    const call = callOfSameSentence(e, kept);
    if (call) {
      addSources(call, e);
      continue;
    }
    const heardAt = contactHeardAt(e, kept);
    if (heardAt) {
      addSources(heardAt, e);
      continue;
    }
    const readout = readoutContactOf(e, kept, people);
    if (readout) {
      addSources(readout, e);
      continue;
    }
    const sitting = datedSittingOf(e, kept);
    if (sitting) {
      addSources(sitting, e);
      continue;
    }
    const attack = datedAttackOf(e, kept);
    if (attack) {
      addSources(attack, e);
      attack.place ??= e.place;
      attack.countries = [...new Set([...attack.countries, ...e.countries])];
      continue;
    }
    const before = toldBeforeOf(e, kept);
    if (before) {
      addSources(before, e);
      before.date = betterDate(before.date, e.date);
      before.place ??= e.place;
      continue;
    }
    const telling = sameTellingOf(e, out);
    if (telling) {
      addSources(telling, e);
      telling.date = betterDate(telling.date, e.date);
      continue;
    }
    const official = officialOf(e, kept, people) ?? namedAccountOf(e, kept, people) ?? namedMembersOf(e, kept, people) ?? sameAgreementOf(e, out, kept);
    if (!official) {
      out.push(e);
      continue;
    }
    addSources(official, e);
    official.date = betterDate(official.date, e.date);
    official.countries = [...new Set([...official.countries, ...e.countries])];
  }
  return out;
}
