import type { VerbCue } from './event-cues';
import { EXTEND_VERBS, TRUCE_NOUNS } from '../lexicon/act-verbs';
import { DETERMINER, NOT_DENIED, TIME_OR_MANNER } from '../lexicon/verb-object-words';

/**
 * Cues of truces kept in force (round x20). Spliced into VERB_CUES (event-cues.ts) after the cues of ceasefires agreed
 * and declared, whose forms they widen (a day between the verb and its "to", "decided to", "renewed", the passive).
 */

/** Verbs that keep a truce in force, after "agreed to" or "decided to". */
const KEEP = String.raw`(?:${EXTEND_VERBS}|continue|maintain|uphold|observe|respect|honou?r|preserve|keep(?:\s+to)?|stick\s+to|abide\s+by|adhere\s+to)`;
/** Finite verbs that lengthen a truce ("extended", "is prolonging"). */
const LENGTHENED = String.raw`(?:extended|extends|prolonged|prolongs|renewed|renews|(?:is|are|was|were)\s+(?:extending|prolonging|renewing))`;

/**
 * The words between a truce's determiner and its noun, none of which makes the truce one wanted rather than kept:
 * "renewed calls for a truce", "renewed his push for a ceasefire" renew an appeal (event-nouns-grid), not the truce.
 */
const KEPT_TRUCE_WORDS = String.raw`(?:(?!(?:for|calls?|appeals?|demands?|push|bid|pleas?|efforts?)\b)[\p{L}\d-]+\s+){0,3}?`;

/**
 * Rule "a truce kept in force": "India and Pakistan agreed on Monday to extend the ceasefire until May 18", "decided to
 * prolong the Easter truce", "the two sides renewed the truce on energy strikes", "Russia announced that it was
 * extending the pause in strikes", "the ceasefire between India and Pakistan was extended on Monday": agreeing to keep
 * a halt to the fighting, or lengthening it, is a ceasefire (the key's type) on the day it was agreed; "until May 18"
 * is when the truce ends, no date of the act. Not after "not"; "called for extending", "urged Moscow to prolong",
 * "may extend", "refused to extend", "is considering extending" and "will be extended" keep nothing in force.
 */
export const TRUCE_KEPT_CUES: VerbCue[] = [
  { name: 'agreed-to-keep-a-truce', type: 'ceasefire', re: new RegExp(String.raw`${NOT_DENIED}\b(?:agreed|agrees|decided|decides|resolved|opted|chose|voted)\s+${TIME_OR_MANNER}to\s+${KEEP}\s+${DETERMINER}${KEPT_TRUCE_WORDS}${TRUCE_NOUNS}\b`, 'iu') },
  { name: 'lengthened-a-truce', type: 'ceasefire', re: new RegExp(String.raw`${NOT_DENIED}\b${LENGTHENED}\s+${TIME_OR_MANNER}${DETERMINER}${KEPT_TRUCE_WORDS}${TRUCE_NOUNS}\b`, 'iu') },
  { name: 'truce-was-lengthened', type: 'ceasefire', subjectless: 'both-sides', re: new RegExp(String.raw`\b(?:ceasefire|cease-fire|truce|moratorium|pause)\b(?:\s+(?!(?:is|are|was|were|has|have|had|would|will|could|may|might)\b)[\p{L}\d'’,-]+){0,8}?\s+(?:was|were|has\s+been|had\s+been|have\s+been)\s+${TIME_OR_MANNER}(?:extended|prolonged|renewed)\b`, 'iu') },
];
