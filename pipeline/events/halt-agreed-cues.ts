import type { VerbCue } from './event-cues';
import { STOP_VERB, THE_FIGHTING } from '../lexicon/fighting-words';
import { NOT_DENIED, TIME_OR_MANNER } from '../lexicon/verb-object-words';

/**
 * Rule "a halt to the fighting agreed" (round x21): parties that agree, decide, resolve or consent to stop, halt,
 * cease, end, suspend, pause or freeze the fighting ("agreed to halt military operations", "decided on Monday to end
 * hostilities", "resolved to suspend strikes on energy sites"), or that agree the firing will stop ("agreed that both
 * sides would stop firing", "decided that there would be no more firing"), make a ceasefire (CAMEO 0871) on the day
 * they agreed, whether or not a truce is named. Not when it is denied ("did not agree to stop"), only hypothetical
 * ("would agree to stop ... only if"), or asked of others ("urged both sides to stop firing" is an appeal): the verb
 * must be the parties' own past or present agreement (a headline's bare present too: "India, Pakistan agree to halt all
 * military action"; "must agree" and "insisted that Putin agree" are read as no act by the clause's own rules). Spliced into VERB_CUES before the other ceasefire cues, which
 * read a truce named as a noun, and before "agreed to" is read as intent to cooperate.
 */
const DECIDED = String.raw`(?<!\b(?:would|could|might|may|will|to)\s+)(?:agreed|agrees|agree|decided|decides|decide|resolved|resolves|resolve|consented|consents|consent)`;
/** Between the deciding verb and "that"-clause's stop: its subject and a modal ("that both sides would", "that the two armies will immediately"). */
const THAT_THEY_WOULD = String.raw`that\s+(?:[\p{L}-]+\s+){0,3}?(?:would|will|should|must)\s+(?:immediately\s+|forthwith\s+)?`;

export const HALT_AGREED_CUES: VerbCue[] = [
  { name: 'agreed-to-stop-fighting', type: 'ceasefire', re: new RegExp(String.raw`${NOT_DENIED}\b${DECIDED}\s+${TIME_OR_MANNER}to\s+(?:(?:immediately|jointly|mutually)\s+)?${STOP_VERB}\s+${THE_FIGHTING}`, 'iu') },
  { name: 'agreed-that-fighting-stops', type: 'ceasefire', re: new RegExp(String.raw`${NOT_DENIED}\b${DECIDED}\s+${TIME_OR_MANNER}${THAT_THEY_WOULD}(?:${STOP_VERB}\b|be\s+no\s+(?:more|further)\s+${THE_FIGHTING})|${NOT_DENIED}\b${DECIDED}\s+${TIME_OR_MANNER}that\s+there\s+(?:would|will)\s+be\s+no\s+(?:more\s+|further\s+)?${THE_FIGHTING}`, 'iu') },
];
