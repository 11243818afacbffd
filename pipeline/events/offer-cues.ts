import type { VerbCue } from './event-cues';
import { BE_BEFORE_READY, EXTEND_VERBS, OFFER_VERBS, READINESS_NOUNS, READY_WORDS, TRUCE_NOUNS } from '../lexicon/act-verbs';
import { DETERMINER, NOT_DENIED, TIME_OR_MANNER } from './plan-and-agreement-cues';

/**
 * Cues of acts that offer, propose or invite, and of truces kept in force (round x20). Spliced into VERB_CUES
 * (event-cues.ts) after the cues of readiness and offers of talks, and of ceasefires, that they widen, and before those
 * of sittings and visits, so that the words of the sitting offered ("proposed holding a summit", "invited Putin to
 * visit") are the offer's, not a sitting's or a visit's.
 */

/** A sitting, a call or a visit, as the thing offered ("a summit", "a new round of talks", "a phone call"). */
const SITTING = String.raw`(?:summits?|meetings?|talks|negotiations|consultations|dialogue|face-to-face|round\s+of\s+(?:[\w-]+\s+)?talks|(?:phone|telephone|video)\s+(?:calls?|conversations?)|visits?|trip|conference)`;
/** What opens the sitting offered: a gerund or an infinitive of holding it, or "the idea of". */
const HOLDING = String.raw`(?:(?:the\s+)?(?:idea|possibility|prospect)\s+of\s+)?(?:(?:holding|hosting|having|convening|organi[sz]ing|arranging|staging|resuming)\s+|to\s+(?:hold|host|convene|organi[sz]e|arrange|stage|resume)\s+)?`;
/** The offered sitting is no subject of a verb of its own ("suggested the talks had failed" tells what the talks did). */
const NOT_A_SUBJECT = String.raw`(?!\s+(?:was|were|had|has|have|is|are|would|will|could|might|may|went|ended|failed)\b)`;
/** Verbs a sitting is proposed with in a "that" clause ("proposed that the ministers meet in Geneva"). */
const MEET_IN_A_CLAUSE = String.raw`(?:meet|hold\s+(?:talks|an?\s+(?:meeting|summit|call))|sit\s+down|talk|negotiate|resume\s+(?:the\s+)?talks|convene|gather)`;
/** Verbs that tell readiness, with its noun after them ("reiterated his willingness", "voiced Ankara's readiness"). */
const READINESS_TOLD = String.raw`(?:reiterated|repeated|restated|reaffirmed|renewed|expressed|signall?ed|voiced|indicated|conveyed|confirmed|stressed|underlined|underscored|emphasi[sz]ed|declared|showed|demonstrated|affirmed)`;

/**
 * Rule "a sitting offered": "Ukraine proposed holding a summit of the two presidents", "the Kremlin proposed on Monday a
 * meeting between Putin and Zelensky", "Trump floated the idea of a three-way meeting", "Sybiha proposed that the
 * foreign ministers meet in Geneva", "Trump invited Putin to visit Washington", "Putin accepted Erdogan's offer to host
 * the talks", "reiterated his willingness to meet
 * Putin", "was ready for a meeting between the two leaders", "Islamabad would welcome talks": the offer, the proposal,
 * the invitation or the readiness is the proposer's act, an intent to cooperate (CAMEO 03) on its own day; the sitting
 * offered has not been held (rule "an act offered, not held", offered-not-held.ts, drops its own cue). Not after "not"
 * ("has not offered to host talks"); "suggested the talks had failed" offers nothing.
 */
export const OFFER_CUES: VerbCue[] = [
  { name: 'offered-a-sitting', type: 'intent_to_cooperate', re: new RegExp(String.raw`${NOT_DENIED}\b${OFFER_VERBS}\s+${TIME_OR_MANNER}${HOLDING}${DETERMINER}(?:[\p{L}\d'’-]+\s+){0,3}?${SITTING}\b${NOT_A_SUBJECT}`, 'iu') },
  { name: 'proposed-that-they-meet', type: 'intent_to_cooperate', re: new RegExp(String.raw`${NOT_DENIED}\b(?:proposed|proposes|suggested|suggests|recommended)\s+${TIME_OR_MANNER}that\s+(?:[\p{L}'’.-]+\s+){1,6}?(?:should\s+|could\s+|would\s+|must\s+)?${MEET_IN_A_CLAUSE}\b`, 'iu') },
  { name: 'invited-to-come', type: 'intent_to_cooperate', re: new RegExp(String.raw`${NOT_DENIED}\b(?:(?:invited|invites)\s+${TIME_OR_MANNER}(?:(?!\b(?:that|who|which)\b)[^.;:!?"“”]){1,80}?\bto\s+(?:visit|come|travel|attend|join|take\s+part|address)\b|(?:extended|issued|sent|conveyed|delivered|handed|accepted)\s+${TIME_OR_MANNER}(?:an?\s+|the\s+|[\p{L}]+['’]s\s+)(?:[\w-]+\s+)?invitation\b|accepted\s+${TIME_OR_MANNER}(?:an?\s+|the\s+|[\p{L}]+['’]s\s+)(?:[\w-]+\s+)?offer\s+to\s+(?:mediate|(?:host|hold|organi[sz]e|arrange)(?:\s+${DETERMINER}(?:[\p{L}-]+\s+){0,2}?${SITTING})?)\b)`, 'iu') },
  { name: 'readiness-told', type: 'intent_to_cooperate', re: new RegExp(String.raw`\b${READINESS_TOLD}\s+${TIME_OR_MANNER}(?:(?:his|her|its|their|the|a|[\p{L}]+['’]s)\s+)?(?:[\p{L}-]+\s+)?${READINESS_NOUNS}\s+(?:to|for)\b`, 'iu') },
  { name: 'ready-for-a-sitting', type: 'intent_to_cooperate', re: new RegExp(String.raw`${BE_BEFORE_READY}${READY_WORDS}\s+(?:for|to)\s+${DETERMINER}(?:[\p{L}-]+\s+){0,2}?(?:meeting|summit|face-to-face|(?:phone\s+)?call|visit|dialogue|contacts?)\b|\b(?:would|will)\s+welcome\s+${DETERMINER}(?:[\p{L}-]+\s+){0,2}?(?:talks|negotiations|dialogue|meeting|summit|mediation|contacts?)\b`, 'iu') },
];

/** Verbs that keep a truce in force, after "agreed to" or "decided to". */
const KEEP = String.raw`(?:${EXTEND_VERBS}|continue|maintain|uphold|observe|respect|honou?r|preserve|keep(?:\s+to)?|stick\s+to|abide\s+by|adhere\s+to)`;
/** Finite verbs that lengthen a truce ("extended", "is prolonging"). */
const LENGTHENED = String.raw`(?:extended|extends|prolonged|prolongs|renewed|renews|(?:is|are|was|were)\s+(?:extending|prolonging|renewing))`;

/**
 * Rule "a truce kept in force": "India and Pakistan agreed on Monday to extend the ceasefire until May 18", "decided to
 * prolong the Easter truce", "the two sides renewed the truce on energy strikes", "Russia announced that it was
 * extending the pause in strikes", "the ceasefire between India and Pakistan was extended on Monday": agreeing to keep
 * a halt to the fighting, or lengthening it, is a ceasefire (the key's type) on the day it was agreed; "until May 18"
 * is when the truce ends, no date of the act. Not after "not"; "called for extending", "urged Moscow to prolong",
 * "may extend", "refused to extend", "is considering extending" and "will be extended" keep nothing in force.
 */
export const TRUCE_KEPT_CUES: VerbCue[] = [
  { name: 'agreed-to-keep-a-truce', type: 'ceasefire', re: new RegExp(String.raw`${NOT_DENIED}\b(?:agreed|agrees|decided|decides|resolved|opted|chose|voted)\s+${TIME_OR_MANNER}to\s+${KEEP}\s+${DETERMINER}(?:[\p{L}\d-]+\s+){0,3}?${TRUCE_NOUNS}\b`, 'iu') },
  { name: 'lengthened-a-truce', type: 'ceasefire', re: new RegExp(String.raw`${NOT_DENIED}\b${LENGTHENED}\s+${TIME_OR_MANNER}${DETERMINER}(?:[\p{L}\d-]+\s+){0,3}?${TRUCE_NOUNS}\b`, 'iu') },
  { name: 'truce-was-lengthened', type: 'ceasefire', subjectless: 'both-sides', re: new RegExp(String.raw`\b(?:ceasefire|cease-fire|truce|moratorium|pause)\b(?:\s+(?!(?:is|are|was|were|has|have|had|would|will|could|may|might)\b)[\p{L}\d'’,-]+){0,8}?\s+(?:was|were|has\s+been|had\s+been|have\s+been)\s+${TIME_OR_MANNER}(?:extended|prolonged|renewed)\b`, 'iu') },
];
