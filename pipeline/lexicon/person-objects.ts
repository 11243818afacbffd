import { describingWords } from './describing-words';

/**
 * How news text names the person (or the body) a contact is made with, when not by a capitalised name: a pronoun
 * ("received him", "called her on Monday"), a role phrase ("his Pakistani counterpart", "the visiting prime minister",
 * "the Saudi foreign minister", "Kyiv's envoy", "the Ukrainian delegation") or a body ("the Iranian foreign ministry").
 * The cues of contacts look ahead for these (events/contact-object-cues.ts); who they are is the people stage's
 * (people/object-pronouns.ts, resolve-role-phrases.ts, resolve-counterparts.ts).
 */

/**
 * Rule "the visiting leader": "the visiting Ukrainian leader", "the touring Pakistani foreign minister": a word saying
 * the holder is away from home may stand between "the" and the country word of an office; it names the same holder
 * (people/resolve-described-offices.ts, resolve-role-phrases.ts). Optional, with its space; only before a country word
 * ("the visiting president" is the guest, not the president named before).
 */
export const VISITING = String.raw`(?:(?:visiting|touring)\s+)?`;

/** Nouns that end a phrase naming a person or a group that acts as one ("the visiting Ukrainian president", "the delegation"). */
export const PERSON_HEAD_NOUNS = [
  'president', 'prime minister', 'premier', 'chancellor', 'minister', 'secretary', 'envoy', 'ambassador', 'high commissioner',
  'counterpart', 'counterparts', 'leader', 'leaders', 'crown prince', 'king', 'emir', 'chief', 'commander', 'negotiator',
  'negotiators', 'adviser', 'advisor', 'diplomat', 'delegation', 'delegations', 'team', 'side',
];

/** Bodies one calls or writes to as one would a person ("called the Iranian foreign ministry", "the Pakistani high commission"). */
export const BODY_NOUNS = ['ministry', 'foreign office', 'embassy', 'high commission', 'mission', 'chancery'];

const alternation = (words: string[]) => words.map((w) => w.replace(/ /g, String.raw`\s+`)).join('|');
/** One of the person nouns, as a pattern. */
export const PERSON_HEAD = `(?:${alternation(PERSON_HEAD_NOUNS)})`;

/**
 * After "her", what shows it is the object and not a possessive ("welcomed her at the station", "called her on Monday",
 * "told her that"): punctuation, a preposition, a word of time or manner. "welcomed her decision" is a possessive.
 */
const NO_NOUN_AFTER = String.raw`(?=\s*(?:[,.;:!?)"”]|$)|\s+(?:on|at|in|to|for|with|from|about|during|after|before|over|by|as|and|that|last|earlier|later|this|yesterday|today|tonight|again|back|directly|personally|warmly|late|early|twice)\b)`;

/** A pronoun as an object: "him", "them", and "her" where no noun follows it. */
export const OBJECT_PRONOUN = String.raw`(?:him|them|her${NO_NOUN_AFTER})\b`;

/** What makes a noun phrase someone's ("the", "his", "Kyiv's"), before its describing words. */
const DETERMINER = String.raw`(?:the|his|her|their|its|an?|[\p{Lu}][\p{L}-]*['’]s)\s+`;

/**
 * A role phrase naming a person: a determiner, up to three describing words (no preposition among them: "the support of
 * the president" names support) and a person noun that is not itself an owner ("the president's decision").
 */
export const ROLE_PHRASE = String.raw`${DETERMINER}${describingWords(3)}${PERSON_HEAD}(?![\p{L}'’-])`;
/** A body named as one calls a person: "the Iranian foreign ministry", "Pakistan's high commission". */
export const BODY_PHRASE = String.raw`${DETERMINER}${describingWords(3)}(?:${alternation(BODY_NOUNS)})(?![\p{L}'’-])`;

/** A person named as an object without a capitalised name: a pronoun or a role phrase. */
export const PERSON_OBJECT = String.raw`(?:${OBJECT_PRONOUN}|${ROLE_PHRASE})`;

/**
 * What follows the person called when "called" is a call ("called Modi on Monday", "called Sharif, urging calm", "called
 * him."), not a name given ("called Putin a liar") nor a call for something: the end of the clause, a word of time or
 * place, what the call was for, or a participle after a comma.
 */
export const AFTER_THE_ONE_CALLED = String.raw`(?:\s*(?:[.;]|,\s+(?:and|who|which)\b)|\s+(?:on|at|late|early|last|earlier|from|after|before|in|to\s+(?:discuss|express|convey|urge|offer|say)|and|twice|again|repeatedly|yesterday|today|overnight|this)\b|,\s+[a-z]+ing\b)`;
