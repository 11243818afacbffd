import type { PersonMention, Range } from '../types';

/**
 * One call with several people, or several calls: how careful readers key "X spoke with A, B and C".
 *
 * - "separately", "individually", "in separate calls", "spoke with both A and B": a call with each.
 * - One phrase that names several ("the foreign ministers of India and Pakistan"), or a call one by its kind ("a joint
 *   call", "a video call", "by videoconference"): one call with all.
 * - Three or more counterparts ("spoke with A, B, C and D"): one call with all (a conference call is how a minister
 *   speaks with five counterparts at once, and the text names them in one list).
 * - Exactly two named one by one ("spoke with A and B"): a call with each, the reading the keys give for two leaders.
 */

/** Words that make the contacts of a list one each: "separately", "in separate calls", "individual talks". */
const ONE_EACH = /\b(?:separately|individually|separate\s+(?:(?:phone|telephone|video)\s+)?(?:calls?|conversations?|talks|meetings?)|individual\s+(?:calls?|talks|meetings?))\b/i;
/** "spoke with both A and B": "both" before the first of two counterparts. */
const BOTH_BEFORE = /\bboth\s+(?:[\p{Lu}][\p{L}.’'-]*\s+){0,6}$/u;
/** A call that is one by its kind: "a joint call", "a conference call", "a video call", "a trilateral call", "by videoconference". */
export const ONE_BY_KIND = /\b(?:joint|conference|video|group|trilateral|three-way)\s+(?:(?:phone|telephone)\s+)?(?:calls?|conversations?|conferences?)\b|\bvideo[\s-]?conferenc(?:e|ing)\b/i;
/** From how many counterparts named one by one a list is one contact with all. */
const GROUP_SIZE = 3;

/** Whether a call with these counterparts is one call with all of them (else one call with each). */
export function isOneCallWithAll(body: string, clause: { start: number; end: number }, objects: PersonMention[]): boolean {
  const first = objects[0];
  if (!first) return true;
  if (ONE_EACH.test(body.slice(clause.start, clause.end))) return false;
  if (BOTH_BEFORE.test(body.slice(clause.start, first.start))) return false;
  if (ONE_BY_KIND.test(body.slice(clause.start, clause.end)) || objects.some((m) => (m.also?.length ?? 0) > 0)) return true;
  // A person named twice ("Pakistan's army chief, General Asim Munir") is one counterpart.
  return new Set(objects.map((m) => m.personId)).size >= GROUP_SIZE;
}

/**
 * "Macron and Merz each spoke to Zelensky", "Sharif and Dar both called Rubio", "A and B separately met C": several
 * subjects of one contact, told apart by "each", "both" before the verb (or "separately" anywhere in the clause),
 * held one contact each with its counterparts, not one all together.
 */
const EACH_BEFORE_VERB = /\b(?:each|both)\s+(?:(?:also|then|later|have|has|had|separately|individually)\s+)*$/i;

export function isEachSubjectApart(body: string, clause: Range, verb: number): boolean {
  return EACH_BEFORE_VERB.test(body.slice(clause.start, verb)) || ONE_EACH.test(body.slice(clause.start, clause.end));
}

/** "Talks between Umerov and Medinsky were held": the people a contact's own words name after "between". */
const BETWEEN_IN_WORDS = /\bbetween\s/i;

export function namedBetweenWithin(body: string, words: Range, mentions: PersonMention[]): PersonMention[] {
  const between = BETWEEN_IN_WORDS.exec(body.slice(words.start, words.end));
  if (!between) return [];
  const from = words.start + between.index;
  return mentions.filter((m) => m.start >= from && m.end <= words.end);
}

/**
 * Rule "the parties in the contact's noun phrase": besides those after "between", the people a contact's own words name
 * after "with", and one named after "of" before it ("Rubio's talks with Lavrov ended", "the meeting of Lavrov with Wang
 * Yi took place"), and two names joined by a hyphen right before its noun ("the Putin-Trump call", "the Rubio-Lavrov
 * talks", with up to two words between: "the Modi-Sharif peace talks"). Each of them took part.
 */
const WITH_IN_WORDS = /\bwith\s/i;
const OF_BEFORE = /\bof\s+(?:the\s+)?$/i;
const HYPHEN = /^\s*[-–]\s*$/;
const JUST_BEFORE_NOUN = /^\s+(?:[\p{L}-]+\s+){0,2}$/u;

export function partiesNamedWithin(body: string, words: Range, mentions: PersonMention[]): PersonMention[] {
  const out = namedBetweenWithin(body, words, mentions);
  const withAt = WITH_IN_WORDS.exec(body.slice(words.start, words.end));
  if (withAt) {
    const from = words.start + withAt.index;
    out.push(...mentions.filter((m) => m.start >= from && m.end <= words.end));
    out.push(...mentions.filter((m) => m.start >= words.start && m.end <= from && OF_BEFORE.test(body.slice(words.start, m.start))));
  }
  const second = mentions.find((m) => m.end <= words.start && JUST_BEFORE_NOUN.test(body.slice(m.end, words.start)));
  const first = second ? mentions.find((m) => m.end <= second.start && HYPHEN.test(body.slice(m.end, second.start))) : undefined;
  if (first && second) out.push(first, second);
  return [...new Set(out)];
}

/** A contact named inside a prepositional phrase ("on a phone call between", "after the meeting between"). */
const CONTACT_AFTER_PREPOSITION = /\b(?:on|about|after|before|during|following|of|over|since|ahead\s+of|regarding)\s+(?:(?:a|an|the|their|his|her|its|this|that|last)\s+)?(?:[\w'’-]+\s+){0,3}$/i;

/**
 * Whether the contact word starting at `at` stands inside a prepositional phrase (up to 40 characters back, not past
 * the segment's start): "Ushakov briefed reporters on a phone call between Putin and Trump" tells of a contact of its
 * two named parties, and the clause's verb is another act of its subject.
 */
export function standsAfterPreposition(body: string, segmentStart: number, at: number): boolean {
  return CONTACT_AFTER_PREPOSITION.test(body.slice(Math.max(segmentStart, at - 40), at));
}

/**
 * Rule "the verb left out after a dash": "instructed Witkoff to meet with Putin, and Driscoll – with the Ukrainian
 * side", "Rubio met Lavrov, and Waltz – with Ushakov": a second pair joined by ", and" whose verb is left out (a dash
 * stands for it, as translated copy writes) is a contact of the same kind. Returns, for each such pair after `from`,
 * the person before the dash and the words after "with" up to the next comma or the clause's end.
 */
const GAPPED_CONTACT = /^\s*,?\s*and\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.’'-]*\s+(?:(?:of|for|to|on|at)\s+(?:the\s+)?)?){0,6}$/u;
const DASH_WITH = /^\s*[–—-]\s*with\s+/;

export function gappedContacts(body: string, from: number, clauseEnd: number, mentions: PersonMention[]): { person: PersonMention; object: Range }[] {
  const out: { person: PersonMention; object: Range }[] = [];
  for (const m of mentions.filter((x) => x.start >= from && x.end <= clauseEnd).sort((a, b) => a.start - b.start)) {
    const dash = DASH_WITH.exec(body.slice(m.end, clauseEnd));
    const lead = body.slice(from, m.start);
    if (!dash || !GAPPED_CONTACT.test(lead.slice(lead.lastIndexOf(',')))) continue;
    const start = m.end + dash[0].length;
    const comma = body.slice(start, clauseEnd).search(/[,;]/);
    out.push({ person: m, object: { start, end: comma < 0 ? clauseEnd : start + comma } });
  }
  return out;
}
