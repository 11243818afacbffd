import type { VerbCue } from './event-cues';
import { NOUN_PHRASE_WORD } from '../lexicon/noun-phrase-words';

/**
 * Rule "an event noun's relative clause": a ceasefire or sanctions named by their noun, with who made them and when
 * told by a relative clause after it ("a truce the Kremlin announced on Friday", "the three-day ceasefire that Moscow
 * declared last week", "a 30-hour truce the Russian leader called over the holiday", "the sanctions the Treasury
 * unveiled on Friday"). The cue is the relative clause's verb, looked back from to its noun, so that the relative's
 * subject stands right before it as the subject of a verb does, and its date is the verb's. Up to four words between
 * the noun (or its "that", "which") and the verb, none a verb of its own ("the truce was announced" is
 * ceasefire-took-effect's). Spliced into EVENT_NOUN_CUES, before the statement cues that would read "announced" as a
 * saying.
 *
 * Rule "an agreement reached": "a de-escalation agreement reached on May 10", "the ceasefire deal struck between the
 * two militaries on Saturday": the noun and its participle, a reduced relative whose agent after "by" acts (rule "a
 * reduced relative's agent", clause-structure.ts), the participle followed by its time, agent or parties.
 */

/**
 * The relative clause's subject after the noun: "that" or "which" if any, then up to four words with no verb, none a
 * preposition or a conjunction ("a truce by the summer and announced calls" joins two verbs of another subject).
 */
const SUBJECT_WORD = String.raw`(?!(?:and|or|but|by|for|in|on|at|to|with|from|of|after|before|since|until|as|than|over|during|between|against)\b)${NOUN_PHRASE_WORD}`;
const RELATIVE_SUBJECT = String.raw`\s*,?\s+(?:(?:that|which)\s+)?(?:${SUBJECT_WORD}\s+){1,4}?`;

/** How a leader brings a truce about: declared, announced, called (for a time: "called over Easter"), ordered, agreed. */
const TRUCE_MADE = String.raw`(?:declared|announced|proclaimed|ordered|agreed|brokered|negotiated|called(?=\s+(?:on|during|at|over|for|in|last|earlier|from)\b))`;

/** How a state brings sanctions about: announced, imposed, unveiled, adopted, slapped, introduced. */
const SANCTIONS_MADE = String.raw`(?:announced|imposed|unveiled|adopted|slapped|introduced|approved|levied)`;

/** A truce by its noun, or a deal or understanding that is one ("de-escalation agreement", "ceasefire understanding"). */
const TRUCE_DEAL = String.raw`(?:(?:de-?escalation|ceasefire|cease-fire|truce)\s+(?:agreement|deal|understanding|accord)|understanding(?=\s+(?:reached|struck|arrived\s+at)\s+(?:[\w-]+\s+){0,3}?between\s+the\s+(?:two\s+)?(?:militaries|armies|sides|countries|DGMOs|nations)))`;

/** What follows the participle of a reduced relative: its time, its agent, its parties or its manner. */
const PARTICIPLE_COMPLEMENT = String.raw`(?=\s+(?:on|by|between|last|earlier|after|in|at|this|with|through|late|early|over|during)\b)`;

export const RELATIVE_CLAUSE_CUES: VerbCue[] = [
  { name: 'truce-its-maker-declared', type: 'ceasefire', re: new RegExp(String.raw`(?<=\b(?:ceasefire|cease-fire|truce)${RELATIVE_SUBJECT})${TRUCE_MADE}\b`, 'i') },
  { name: 'sanctions-their-author-imposed', type: 'sanctions', re: new RegExp(String.raw`(?<=\bsanctions${RELATIVE_SUBJECT})${SANCTIONS_MADE}\b`, 'i') },
  { name: 'truce-agreement-reached', type: 'ceasefire', subjectless: 'both-sides', re: new RegExp(String.raw`\b${TRUCE_DEAL}\s*,?\s+(?:reached|struck|agreed(?:\s+upon)?|sealed|clinched|arrived\s+at|brokered|hammered\s+out)${PARTICIPLE_COMPLEMENT}`, 'i') },
];
