import type { Range } from '../types';
import { PAST_MARKER } from '../lexicon/tense-words';
import { REPORTING_VERB } from '../lexicon/reporting-verbs';
import { LAUNCH_VERBS, WAR_OPENING_VERBS } from '../lexicon/act-verbs';
import { tellingOfAct } from './act-told-of';

/**
 * Rule "incident-as-object": an attack named by its noun as the object of another verb of the clause ("The EU on
 * Tuesday condemned the Russian missile strike on Sumy", "Kyiv denied the drone attack on Belgorod late on Monday",
 * "Delhi responded to the shelling of Poonch on Friday"). A date phrase at the end of such a verb phrase modifies the
 * verb (the condemnation was on Tuesday), and the attack, which that verb answers, was done by then: on that day or in
 * the days before it, not on a day the words give. Where the verb itself is the attack's launching ("launched strikes
 * on Pakistan on May 7", "carried out a raid overnight"), the attack is the verb's act and its date is the attack's.
 */

/**
 * A verb told in the past, then a preposition it may take, a determiner or a possessive, and up to three modifiers,
 * right before the incident's noun: the noun is that verb's object. Groups: the verb, its preposition.
 */
const VERB_THEN_OBJECT = new RegExp(
  String.raw`\b(${PAST_MARKER}|\p{Ll}+ed)\s+(?:(to|for|over|about|against|on|of)\s+)?(?:the|a|an|its|their|his|her|this|that|these|those|\p{Lu}[\p{L}-]*['’]s)\s+(?:[\p{L}-]+\s+){0,3}$`,
  'u',
);

/**
 * A verb of charging, whom it charges and its preposition, then the incident's noun ("accused Ukraine of shelling a
 * market", "blamed Islamabad for the attack"): what is charged is the object. Group 1: the verb.
 */
const CHARGED_WITH_OBJECT = new RegExp(
  String.raw`\b((?:accus|blam|charg)(?:ed|es|ing))\s+(?:[\p{L}'’.-]+\s+){1,5}?(?:of|for|with)\s+(?:(?:the|a|an|its|their|his|her|this|that)\s+)?(?:[\p{L}-]+\s+){0,3}$`,
  'u',
);

/** A verb of saying, the whole word. */
const IS_REPORTING_VERB = new RegExp(`^(?:${REPORTING_VERB.source})$`, 'i');

/** Verbs whose object is the attack they carry out, or the war they open ("started the war"): its date is the attack's own. */
const CARRIES_OUT = new RegExp(String.raw`^(?:${LAUNCH_VERBS}|${WAR_OPENING_VERBS}|fired|carried|struck|killed|had|has|have|was|were|did|began|took|ordered|approved|planned|vowed|threatened)$`, 'i');

/** Words that are no verb of a clause though they end in -ed ("the so-called strike", "a coordinated attack"). */
const NOT_A_VERB = /^(?:so-called|alleged|suspected|coordinated|renewed|sustained|combined|targeted|unprovoked|reported|claimed|unmanned|armed|intensified)$/i;

/**
 * The verb whose object the incident noun at `noun` is, between `from` (its clause's start, or the end of a date
 * before it) and it, or null. Its range is that verb's word in `body`.
 */
export function verbOfIncidentObject(body: string, from: number, noun: Range): Range | null {
  const lead = body.slice(from, noun.start);
  const charged = CHARGED_WITH_OBJECT.exec(lead);
  if (charged) return { start: from + charged.index, end: from + charged.index + (charged[1] ?? '').length };
  // Rule "act-told-of" (act-told-of.ts): "told the leaders about the strike on Sumy", "apprised him of the drone strikes".
  const told = tellingOfAct(lead);
  if (told >= 0) return { start: from + told, end: from + told + (/^\S+/.exec(lead.slice(told))?.[0].length ?? 0) };
  const m = VERB_THEN_OBJECT.exec(lead);
  const verb = m?.[1];
  if (!m || !verb || CARRIES_OUT.test(verb) || NOT_A_VERB.test(verb)) return null;
  // "said the strike on Sunday killed 35": a verb of saying takes what was said, whose subject the noun is.
  if (!m[2] && IS_REPORTING_VERB.test(verb)) return null;
  const start = from + m.index;
  return { start, end: start + verb.length };
}
