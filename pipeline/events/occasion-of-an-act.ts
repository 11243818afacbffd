import type { EventType } from '../../src/shared/schema';
import type { DateMention, PersonMention, Range } from '../types';
import { CONTACT_TYPES } from './event-cues';
import type { Found } from './find-verbal-events';
import { TITLE_RUN } from '../lexicon/lists-of-people';
import { stateGroupAfter } from './occasion-partner-groups';

/**
 * Contacts told as the occasion of another act: a meeting or a call named by its noun, with its partner after "with",
 * in a phrase of time or place beside the act of the sentence's actor ("said so during a meeting with Rutte",
 * "Speaking after talks with Macron, Zelensky said", "At a joint news conference with Starmer, Zelensky called for",
 * "The announcement came during a meeting with Rutte"). The contact is between the act's actor and the partner.
 */

/** The noun of a contact and its kind: a call by phone, or a sitting (a meeting, talks, a joint news conference, a meal). */
const CALL_NOUN = String.raw`(?:(?:phone|telephone|video)\s+)?(?:calls?|conversations?)`;
const SITTING_NOUN = String.raw`(?:meetings?|talks|summit|(?:news|press)\s+conferences?|(?:news\s+|press\s+)?briefing|dinner|lunch|luncheon|breakfast|audience)`;

/**
 * Rule "the occasion phrase": a preposition of time or place, a determiner (none after "after", "following"), up to
 * two words that describe it ("joint", "90-minute"), the contact's noun and "with". Group 1 is the noun.
 */
const OCCASION = new RegExp(String.raw`\b(?:during|at|in|over|after|following|on\s+the\s+sidelines\s+of)\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:[\w-]+\s+){0,2}?(${CALL_NOUN}|${SITTING_NOUN})\s+with\s+`, 'gi');
/** Between "with" and the partner: an article and their titles ("with Dutch Prime Minister Dick Schoof"). */
const PARTNER_LEAD = /^(?:the\s+)?(?:[\p{Lu}][\p{L}.'’-]*\s+){0,5}$/u;
/**
 * Rule "the partner's title in lower case": "with NATO chief Mark Rutte", "with British prime minister Keir Starmer":
 * the title run before the partner's name may hold the lower-case title words many outlets write (lists-of-people.ts).
 */
const PARTNER_TITLE = new RegExp(String.raw`^${TITLE_RUN}$`, 'u');
const CALL = new RegExp(String.raw`^${CALL_NOUN}$`, 'i');

export interface Occasion {
  type: EventType;
  /** The occasion phrase, from its preposition to the partner's name. */
  at: Range;
  /** The person met, or null where the partner is a group of a state (occasion-partner-groups.ts). */
  partner: PersonMention | null;
  /** The state of a group met ("with US lawmakers"), if the partner is one. */
  partnerStates: string[];
  /**
   * Words said on it are not the contact's words: after it ("after talks with X") or before the press at it ("a joint
   * news conference with X": said to reporters, not to X).
   */
  apart: boolean;
}

/** An occasion whose words are apart from the contact: a time after it, or a conference with the press. */
const APART = /^(?:after|following)\b|\b(?:news|press)\s+conferences?\b|\bbriefing\b/i;

/** Each occasion phrase that starts in `within`, with the person it names after "with". */
export function occasionsIn(body: string, within: Range, mentions: PersonMention[]): Occasion[] {
  const out: Occasion[] = [];
  for (const m of body.slice(within.start, within.end).matchAll(OCCASION)) {
    const start = within.start + m.index;
    const after = start + m[0].length;
    const partner = mentions.filter((p) => p.start >= after && p.start - after < 60).sort((a, b) => a.start - b.start).find((p) => PARTNER_TITLE.test(body.slice(after, p.start)));
    const group = partner ? null : stateGroupAfter(body, after);
    if (!partner && !group) continue;
    out.push({ type: CALL.test(m[1] ?? '') ? 'phone_call' : 'meeting', at: { start, end: partner?.end ?? group?.end ?? after }, partner: partner ?? null, partnerStates: group ? [group.code] : [], apart: APART.test(m[0]) });
  }
  return out;
}

/**
 * Rule "the occasion of the saying": where the occasion may stand for it to be the actor's. Before the actor, opening
 * the sentence ("Speaking after talks with X, Y said", "At a joint news conference with X on Tuesday, Y said"); or right
 * after the verb of saying, before what was said, with only words of when between ("Trump said so on Monday during a
 * meeting with X", "Modi said on Monday in a phone call with X that ..."): no "that", no other person, no comma.
 */
const OPENS_SENTENCE = /^\s*(?:(?:speaking|talking|appearing|writing)\s+)?$/i;
const AFTER_THE_SAYING = /^(?:(?!\bthat\b)[^,;:"“”]){0,40}$/i;

/**
 * Rule "an act that came during a contact": "The announcement came during a meeting with X", "the remarks were made on
 * Tuesday at talks with X" (the actor of the sentence before), "Rubio made the remarks at a news conference with X"
 * (the subject who made them, MADE_THE_ACT).
 */
const ACT_NOUN_CAME = /^\s*(?:the|his|her|their|its|this|that|these)\s+(?:[\w-]+\s+)?(?:announcement|remarks?|comments?|statement|decision|pledge|offer|promise|warning|appeal|assurances?|admission|move)s?\s+(?:(?:came|were\s+made|was\s+made|were\s+delivered|was\s+delivered|was\s+issued|was\s+given|were\s+given)\s+)(?:[\w-]+\s+){0,3}?$/i;

/** "Rubio made the remarks on Tuesday at a joint news conference with X": the actor made an act told by its noun, then the occasion. */
const MADE_THE_ACT = /^\s+(?:made|delivered|gave|issued|offered|announced)\s+(?:the|his|her|their|its|a|an|these|those)\s+(?:[\w-]+\s+)?(?:announcement|remarks|comments?|statement|pledge|promise|offer|assurances?|warning|appeal)\s+(?:[\w-]+\s+){0,3}?$/i;

export interface OccasionContext {
  body: string;
  sentence: Range;
  /** The sentence's teller and the words of their saying, if any. */
  teller: PersonMention | null;
  reported: { clause: Range; reporting: Range | null };
  mentions: PersonMention[];
  /** The actor of the sentence before ("Trump announced new arms. The announcement came ..."), if any. */
  previousActor: PersonMention | null;
  /** Dates of the contact in a stretch of words. */
  dateIn: (within: Range, at: Range, type: EventType) => DateMention | null;
  /** The sentence before, for a date the contact's own words lack. */
  previous: Range | null;
}

/** The contacts of the sentence's occasion phrases (`occasionsIn`) its actor took part in, not already among `found`. */
export function occasionContacts(c: OccasionContext, occasions: Occasion[], found: Found[]): Found[] {
  const out: Found[] = [];
  for (const o of occasions) {
    const { actor, act } = actorOf(c, o) ?? {};
    if (!actor || !act || actor.personId === o.partner?.personId) continue;
    // "Speaking at a joint news conference with X, Y offered talks": what Y said there is Y's own act, not the contact's words.
    if (o.apart) for (const f of found) if (!CONTACT_TYPES.has(f.type) && f.actors.includes(actor.personId)) f.saidApart = true;
    const actors = o.partner ? [actor.personId, o.partner.personId, ...(o.partner.also ?? [])] : [actor.personId];
    if (found.some((f) => CONTACT_TYPES.has(f.type) && actors.every((a) => f.actors.includes(a)) && o.partnerStates.every((c) => f.countries.includes(c)))) continue;
    // Its own date words, else those of the act it was the occasion of, else (an act of the sentence before) that sentence's.
    const date = c.dateIn(c.sentence, o.at, o.type) ?? c.dateIn(c.sentence, act, o.type) ?? (actor === c.previousActor && c.previous ? c.dateIn(c.previous, { start: actor.start, end: actor.end }, o.type) : null);
    out.push({ type: o.type, at: o.at, actors, countries: o.partnerStates, place: null, agent: null, date });
  }
  return out;
}

/** Who acted on the occasion, and the words of their act (the saying, or the act's noun and verb). */
function actorOf(c: OccasionContext, o: Occasion): { actor: PersonMention; act: Range } | null {
  const { body, teller, reported } = c;
  const lead = body.slice(c.sentence.start, o.at.start);
  // Fronted: the teller, or the person right after the comma that closes the phrase ("..., Zelensky called for").
  if (OPENS_SENTENCE.test(lead)) {
    if (teller && teller.start > o.at.end) return { actor: teller, act: reported.reporting ?? teller };
    const comma = body.indexOf(',', o.at.end);
    const next = comma < 0 ? undefined : c.mentions.filter((m) => m.start > comma).sort((a, b) => a.start - b.start)[0];
    return next && PARTNER_LEAD.test(body.slice(comma + 1, next.start).trimStart()) && !body.slice(o.at.end, comma).includes('.') ? { actor: next, act: { start: next.end, end: c.sentence.end } } : null;
  }
  // "Ushakov told reporters that during his call with X, Putin raised ...": after "that" the occasion is what was told.
  if (teller && reported.reporting && teller.end <= o.at.start && reported.clause.start <= o.at.start && !/\bthat\b/i.test(body.slice(teller.end, o.at.start)) && AFTER_THE_SAYING.test(body.slice(reported.clause.start, o.at.start)) && !c.mentions.some((m) => m.start >= reported.clause.start && m.end <= o.at.start)) return { actor: teller, act: reported.reporting };
  if (ACT_NOUN_CAME.test(lead) && c.previousActor) return { actor: c.previousActor, act: { start: c.sentence.start, end: o.at.start } };
  const subject = c.mentions.filter((m) => m.start >= c.sentence.start && m.end <= o.at.start).sort((a, b) => a.start - b.start)[0];
  if (subject && PARTNER_LEAD.test(body.slice(c.sentence.start, subject.start).trimStart()) && MADE_THE_ACT.test(body.slice(subject.end, o.at.start))) return { actor: subject, act: { start: subject.end, end: o.at.start } };
  return null;
}

/** What is agreed or promised between two sides: a ceasefire, an exchange, cooperation. */
const AGREED_IN_A_CONTACT: ReadonlySet<EventType> = new Set(['ceasefire', 'intent_to_cooperate']);

/**
 * Rule "the partner of the call": "Putin agreed to a 30-day pause during a call with Trump", "Sharif pledged support in
 * talks with Erdogan": what one side agreed or promised in a contact told after it, in the same clause (no ";" between),
 * was agreed with the contact's partner, who acts in it too.
 */
export function withPartnersOfTheContact(body: string, occasions: Occasion[], found: Found[]): void {
  for (const f of found) {
    if (!AGREED_IN_A_CONTACT.has(f.type) || f.actors.length === 0) continue;
    const o = occasions.find((x) => x.at.start >= f.at.end && !/[;:]/.test(body.slice(f.at.end, x.at.start)));
    if (o?.partner && !f.actors.includes(o.partner.personId)) f.actors = [...f.actors, o.partner.personId, ...(o.partner.also ?? [])];
  }
}
