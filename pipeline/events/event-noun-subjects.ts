import type { VerbCue } from './event-cues';
import { MONTH_WRITTEN_OUT, WEEKDAY_WRITTEN_OUT } from '../lexicon/calendar-words';
import { NOUN_PHRASE_WORD } from '../lexicon/noun-phrase-words';
import { TALKS_NOUNS } from '../lexicon/act-verbs';

/**
 * Rule "a contact told by how it went": talks, a meeting or a call as the subject of a verb of its course ("the talks
 * collapsed on Friday", "negotiations between the US and Ukraine resumed in Jeddah", "the Putin-Trump call on Tuesday
 * lasted two hours", "Rubio's talks with Lavrov ended without a breakthrough"). The contact took place: it began, went
 * on, ended or broke down. Its parties are those its noun phrase names ("between X and Y", "X's ... with Y", "X-Y",
 * contact-parties.ts); without them, talks and meetings are the crisis's two sides (as talks-took-place and
 * meeting-took-place read them) and a call with nobody named is left out (as call-between leaves it). Spliced into
 * VERB_CUES after the narrower cues of talks and meetings (event-cues.ts), which keep what they claimed, and before the
 * appeals, so that "the Putin-Trump call on Tuesday" is a call, not a "call on" someone.
 *
 * Only the past (and the perfect of a verb that ends or yields it, PERFECT_COURSE) and the indicative: a plan ("are
 * due to resume") is talks-took-place's, a hope or a condition no event; a negation between the noun and its verb
 * ("never began") is no occurrence (never-took-place.ts).
 */

/** Between the noun and its verb: the words that name its parties, place and time, with no verb of their own. */
const GAP = String.raw`(?:\s+|(?=,))(?:${NOUN_PHRASE_WORD}\s+){0,12}?`;
/**
 * An apposition set off by commas after the noun phrase ("the talks in Istanbul, the first direct talks since 2022,
 * ended"): up to eight words, no verb among them.
 */
const APPOSITION = String.raw`(?:(?:${NOUN_PHRASE_WORD})?,\s+(?:${NOUN_PHRASE_WORD}\s+){0,8}?${NOUN_PHRASE_WORD},\s+)?`;
/**
 * The perfect of reported speech before a verb that ends or yields a contact (round x20): "said that two days of talks
 * with the Russian side had ended in Geneva", "the talks have yielded a deal", "the call had lasted an hour". Not the
 * perfect of a state it is in ("the talks have stalled", "had faltered"), which tells how things stand, not an event.
 */
const PERFECT_COURSE = String.raw`(?:had|has|have)\s+(?:(?:already|now|finally|just)\s+)?(?:ended|concluded|wrapped\s+up|yielded|produced|resulted\s+in|been\s+held|taken\s+place|lasted)\b`;
/**
 * How a contact went, in the past: began, resumed, ended, broke down, collapsed, stalled, lasted, took place, was held;
 * or what it gave ("yielded agreements", "produced a deal", "resulted in a swap"), which it could only give if held.
 */
const COURSE = String.raw`(?:${PERFECT_COURSE}|yielded|produced|resulted\s+in|(?:began|started)(?!\s+to\b)|opened|got\s+under\s*way|kicked\s+off|resumed|ended|concluded|wrapped\s+up|broke\s+(?:down|up|off)|collapsed|stalled|faltered|lasted|dragged\s+on|took\s+place|(?:was|were)\s+held|went\s+ahead)\b`;
/** The same for a call: it lasted, ended, began or took place. */
const CALL_COURSE = String.raw`(?:${PERFECT_COURSE}|lasted|ended|(?:began|started)(?!\s+to\b)|took\s+place|(?:was|were)\s+held|went\s+ahead)\b`;
/** The same for a visit: it began, ended, was cut short or went ahead. */
const VISIT_COURSE = String.raw`(?:${PERFECT_COURSE}|(?:began|started)(?!\s+to\b)|opened|got\s+under\s*way|kicked\s+off|ended|concluded|wrapped\s+up|was\s+cut\s+short|went\s+ahead|took\s+place)\b`;
/** Talks by their noun: "talks", "negotiations", "consultations", "a (second) round of talks", "the negotiating session". */
const TALKS_NOUN = String.raw`(?:(?:rounds?\s+of\s+(?:[\w-]+\s+)?)?${TALKS_NOUNS}|negotiating\s+session)`;
/** A day or a date, as after "on" ("the call on Tuesday", "the call on May 13"). */
const A_DAY = String.raw`(?:${WEEKDAY_WRITTEN_OUT}|${MONTH_WRITTEN_OUT}|\d)`;
/**
 * A call by its noun, one call: "phone call", "telephone conversation", "video call", or "call" after a determiner, a
 * possessive or a pair of names ("the call", "Trump's call", "the Putin-Trump call"), never the verb. Not "call for",
 * "call to" or "call on" someone, which are appeals ("the call for restraint", "a call to arms"); "on" a day is the
 * call's date.
 */
const CALL_NOUN = String.raw`(?:(?:phone|telephone|video)\s+(?:call|conversation)|(?<=(?:\b(?:the|a|an|their|his|her|its|this|that|whose)|['’]s|[-–][A-Za-z]+)\s)call)(?!\s+(?:for|to|upon)\b)(?!\s+on\s+(?!${A_DAY}))`;

export const NOUN_SUBJECT_CUES: VerbCue[] = [
  { name: 'talks-went', type: 'negotiation', subjectless: 'both-sides', re: new RegExp(String.raw`\b${TALKS_NOUN}${GAP}${APPOSITION}${COURSE}`, 'i') },
  { name: 'meeting-went', type: 'meeting', subjectless: 'both-sides', re: new RegExp(String.raw`\b(?:meeting|summit)${GAP}${APPOSITION}${COURSE}`, 'i') },
  // A visit or a trip told by how it went ("Zelensky's visit to Ankara ended on Tuesday", "his trip to the Gulf began
  // in Riyadh"): the one whose visit it is made it; with no one named ("the visit ended") it is left out.
  { name: 'visit-went', type: 'visit', re: new RegExp(String.raw`\b(?<=(?:['’]s|\b(?:his|her|their))\s+(?:[\w-]+\s+){0,2}?)(?:visit|trip|tour)${GAP}${VISIT_COURSE}`, 'i') },
  { name: 'call-went', type: 'phone_call', subjectless: 'between', re: new RegExp(String.raw`\b${CALL_NOUN}${GAP}${APPOSITION}${CALL_COURSE}`, 'i') },
];
