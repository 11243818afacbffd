import type { VerbCue } from './event-cues';
import { BE_BEFORE_READY, OFFER_VERBS, READINESS_NOUNS, READY_WORDS } from '../lexicon/act-verbs';
import { DETERMINER, NOT_DENIED, TIME_OR_MANNER } from '../lexicon/verb-object-words';

/**
 * Cues of acts that offer, propose, ask for or invite to a sitting (round x20). Spliced into VERB_CUES (event-cues.ts)
 * after the cues of readiness and offers of talks that they widen, and before those of sittings and visits, so that the
 * words of the sitting offered ("proposed holding a summit", "invited Putin to visit") are the offer's, not a sitting's
 * or a visit's.
 */

/** A sitting, a call or a visit, as the thing offered ("a summit", "a new round of talks", "a phone call"). */
const SITTING = String.raw`(?:summits?|meetings?|talks|negotiations|consultations|dialogue|face-to-face|round\s+of\s+(?:[\w-]+\s+)?talks|(?:phone|telephone|video)\s+(?:calls?|conversations?)|visits?|trip|conference|(?:prisoner\s+|POW\s+)?(?:exchange|swap)s?)`;
/** Verbs of meeting, after an offer's "to" ("offered on Monday to sit down with Modi"). */
const TO_MEET = String.raw`to\s+(?:meet|sit\s+down|talk|negotiate|visit|travel\s+to)\b`;
/** Nouns of an offer made again ("renewed his offer to meet Putin") and what they offer. */
const OFFER_NOUN_TO = String.raw`(?:offer|proposal|invitation)\s+to\s+(?:meet|host|hold|mediate|negotiate|talk|visit|resume|sit\s+down|help|broker)\b(?:\s+${DETERMINER}(?:[\p{L}-]+\s+){0,2}?${SITTING}\b)?`;
/** What opens the sitting offered: a gerund or an infinitive of holding it, or "the idea of". */
const HOLDING = String.raw`(?:(?:the\s+)?(?:idea|possibility|prospect)\s+of\s+)?(?:(?:holding|hosting|having|convening|organi[sz]ing|arranging|staging|resuming)\s+|to\s+(?:hold|host|convene|organi[sz]e|arrange|stage|resume)\s+)?`;
/** The offered sitting is no subject of a verb of its own ("suggested the talks had failed" tells what the talks did). */
const NOT_A_SUBJECT = String.raw`(?!\s+(?:was|were|had|has|have|is|are|would|will|could|might|may|went|ended|failed)\b)`;
/** Verbs a sitting is proposed with in a "that" clause ("proposed that the ministers meet in Geneva"). */
const MEET_IN_A_CLAUSE = String.raw`(?:meet|hold\s+(?:talks|an?\s+(?:meeting|summit|call))|sit\s+down|talk|negotiate|resume\s+(?:the\s+)?talks|convene|gather)`;
/** Those invited to a press event or a market, not to a sitting ("invited reporters to the Kremlin"). */
const NOT_THE_PRESS = String.raw`(?!(?:the\s+)?(?:journalists|reporters|press|media|public|citizens|people|residents|tourists|investors|companies|bids|applications|comments|questions)\b)`;
/** Verbs that tell readiness, with its noun after them ("reiterated his willingness", "voiced Ankara's readiness"). */
const READINESS_TOLD = String.raw`(?:reiterated|repeated|restated|reaffirmed|renewed|expressed|signall?ed|voiced|indicated|conveyed|confirmed|stressed|underlined|underscored|emphasi[sz]ed|declared|showed|demonstrated|affirmed|made)`;

/**
 * Rule "a sitting offered": "Ukraine proposed holding a summit of the two presidents", "the Kremlin proposed on Monday a
 * meeting between Putin and Zelensky", "Trump floated the idea of a three-way meeting", "Sybiha proposed that the
 * foreign ministers meet in Geneva", "Trump invited Putin to visit Washington", "Putin accepted Erdogan's offer to host
 * the talks", "Erdogan invited the delegations to Istanbul", "reiterated his willingness to meet Putin", "renewed his
 * offer to host the talks", "was ready for a meeting between the two leaders", "Islamabad would welcome talks": the
 * offer, the proposal, the invitation or the readiness is the proposer's act, an intent to cooperate (CAMEO 03) on its
 * own day ("sought a meeting with Putin", "requested talks", asked for, an appeal, CAMEO 02); the sitting
 * offered has not been held (rule "an act offered, not held", offered-not-held.ts, drops its own cue). Not after "not"
 * ("has not offered to host talks"); "suggested the talks had failed" offers nothing.
 */
export const OFFER_CUES: VerbCue[] = [
  { name: 'offered-a-sitting', type: 'intent_to_cooperate', re: new RegExp(String.raw`${NOT_DENIED}\b${OFFER_VERBS}\s+${TIME_OR_MANNER}(?:${HOLDING}${DETERMINER}(?:[\p{L}\d'’-]+\s+){0,3}?${SITTING}\b${NOT_A_SUBJECT}|${TO_MEET})`, 'iu') },
  { name: 'asked-for-a-sitting', type: 'appeal', re: new RegExp(String.raw`${NOT_DENIED}\b(?:sought|seeks|requested|requests|(?:asked|asks|pushed|pushes|pressed|presses)\s+for)\s+${TIME_OR_MANNER}${DETERMINER}(?:[\p{L}\d'’-]+\s+){0,3}?${SITTING}\b${NOT_A_SUBJECT}`, 'iu') },
  { name: 'proposed-that-they-meet', type: 'intent_to_cooperate', re: new RegExp(String.raw`${NOT_DENIED}\b(?:proposed|proposes|suggested|suggests|recommended)\s+${TIME_OR_MANNER}that\s+(?:[\p{L}'’.-]+\s+){1,6}?(?:should\s+|could\s+|would\s+|must\s+)?${MEET_IN_A_CLAUSE}\b`, 'iu') },
  { name: 'invited-to-come', type: 'intent_to_cooperate', re: new RegExp(String.raw`${NOT_DENIED}\b(?:(?:invited|invites)\s+${TIME_OR_MANNER}(?:(?!\b(?:that|who|which)\b)[^.;:!?"“”]){1,80}?\bto\s+(?:visit|come|travel|attend|join|take\s+part|address)\b|(?:extended|issued|sent|conveyed|delivered|handed|accepted)\s+${TIME_OR_MANNER}(?:an?\s+|the\s+|[\p{L}]+['’]s\s+)(?:[\w-]+\s+)?invitation\b|accepted\s+${TIME_OR_MANNER}(?:an?\s+|the\s+|[\p{L}]+['’]s\s+)(?:[\w-]+\s+)?${OFFER_NOUN_TO})`, 'iu') },
  { name: 'readiness-told', type: 'intent_to_cooperate', re: new RegExp(String.raw`\b${READINESS_TOLD}\s+${TIME_OR_MANNER}(?:(?:his|her|its|their|the|an?|[\p{L}]+['’]s)\s+)?(?:[\p{L}-]+\s+)?(?:${READINESS_NOUNS}\s+${TIME_OR_MANNER}(?:to|for)\b|${OFFER_NOUN_TO})`, 'iu') },
  { name: 'invited-to-a-place', type: 'intent_to_cooperate', re: new RegExp(String.raw`${NOT_DENIED}\b[Ii]nvite[ds]\s+(?:(?:on\s+\p{L}+|also)\s+)?${NOT_THE_PRESS}(?:the\s+|its\s+|his\s+|her\s+|their\s+)?(?:[\p{L}.'’-]+\s+){1,4}?to\s+(?:\p{Lu}[\p{L}-]+|(?:the|a|an|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}?${SITTING})`, 'u') },
  { name: 'ready-for-a-sitting', type: 'intent_to_cooperate', re: new RegExp(String.raw`${BE_BEFORE_READY}${READY_WORDS}\s+(?:for|to)\s+${DETERMINER}(?:[\p{L}-]+\s+){0,2}?(?:meeting|summit|face-to-face|(?:phone\s+)?call|visit|dialogue|contacts?)\b|\b(?:would|will)\s+welcome\s+${DETERMINER}(?:[\p{L}-]+\s+){0,2}?(?:talks|negotiations|dialogue|meeting|summit|mediation|contacts?)\b`, 'iu') },
];
