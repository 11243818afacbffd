import type { VerbCue } from './event-cues';
import { CALL_OFF_VERBS, CALLED_OFF_PARTICIPLES, PLAN_NOUNS, PROPOSAL_TEXT_NOUNS, PUT_FORWARD_VERBS } from '../lexicon/act-verbs';
import { DETERMINER, NOT_DENIED, TIME_OR_MANNER } from '../lexicon/verb-object-words';

/**
 * Cues of acts on plans and agreements (round x18): a plan called off, an agreement told in the passive or as a noun,
 * a proposal accepted or laid before the other side. Spliced into VERB_CUES (event-cues.ts) before the cues of
 * meetings, so that "called off the summit" is not read as calling a summit.
 */

/**
 * Rule "a plan called off": "Russia cancelled the planned summit", "Trump called off the meeting", "Pakistan scrapped a
 * planned visit", "put his visit to Ankara on hold", "pulled out of the talks", "the signing was called off", "talks between the delegations were
 * postponed": cancelling or putting off a sitting, a journey, a signing or a briefing is a rejection (CAMEO 12) by
 * whoever called it off; told in the passive with no agent, its parties are the states and people its clause names.
 * Only finite verbs and a passive with its auxiliary are read, and only plans of state (PLAN_NOUNS): "flights were
 * cancelled", "cancelled his holiday", "did not rule out cancelling the summit", "may postpone" and "would not be
 * cancelled" call off nothing.
 */
export const CALLED_OFF_CUES: VerbCue[] = [
  { name: 'called-off-plan', type: 'rejection', re: new RegExp(String.raw`${NOT_DENIED}\b${CALL_OFF_VERBS}\s+${TIME_OR_MANNER}${DETERMINER}(?:(?:planned|scheduled|proposed|expected|upcoming|long-awaited|much-anticipated|next|first|second|third|new|joint|bilateral|official|state|high-level|peace)\s+){0,3}${PLAN_NOUNS}\b|\b(?:pulled\s+out\s+of|withdrew\s+from|backed\s+out\s+of)\s+${TIME_OR_MANNER}${DETERMINER}(?:[\w-]+\s+){0,2}?${PLAN_NOUNS}\b|\bput\s+${DETERMINER}(?:[\w-]+\s+){0,2}?${PLAN_NOUNS}\s+(?:(?!on\b)[\p{L}'’-]+\s+){0,4}?on\s+(?:hold|ice)\b`, 'iu') },
  { name: 'plan-was-called-off', type: 'rejection', subjectless: 'named', re: new RegExp(String.raw`(?<!\bno\s)\b${PLAN_NOUNS}\b(?:\s+(?!(?:is|are|was|were|has|have|had|would|will|could|may|might|should)\b)[\p{L}\d'’,-]+){0,10}?\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+${TIME_OR_MANNER}${CALLED_OFF_PARTICIPLES}\b`, 'iu') },
];

/** A noun of agreement ("a deal", "the accord"). */
const AGREEMENT_NOUN = String.raw`(?:deal|agreement|accord|arrangement|understanding)`;
/** Verbs that make an agreement, as participles ("reached", "struck", "hammered out"). */
const AGREEMENT_MADE = String.raw`(?:reached|struck|sealed|clinched|agreed|signed|finali[sz]ed|concluded|hammered\s+out|brokered|secured)`;
/**
 * An agreement told in the passive or by its participle: "a deal on the exchange of prisoners was struck", "the
 * agreement reached in Istanbul on Friday", "the ceasefire deal struck on Saturday". "No agreement was reached" is none.
 */
const AGREEMENT_TOLD = String.raw`(?<!\bno\s)\b${AGREEMENT_NOUN}\s+(?:(?:(?!(?:is|are|was|were|has|have|had|would|will|could|may|might)\b)[\p{L}\d'’,-]+\s+){0,8}?(?:was|were|has\s+been|had\s+been|have\s+been)\s+(?:(?:finally|formally|also|reportedly|quickly|eventually)\s+)?${AGREEMENT_MADE}|(?:that\s+was\s+|which\s+was\s+)?${AGREEMENT_MADE}\s+(?:in|at|on|last|with|between|by|during|after|earlier)\b)`;
/** What an agreement is about, within its sentence (or named before its noun, "the ceasefire deal"): an exchange of people or of the dead. */
const ABOUT_AN_EXCHANGE = String.raw`(?=[^.;]{0,160}?\b(?:exchanges?|swaps?|prisoners|POWs|captives|bodies|repatriation)\b)`;
/** What an agreement is about: a halt to the fighting. */
const ABOUT_A_CEASEFIRE = String.raw`(?=[^.;]{0,160}?\b(?:ceasefire|truce|cessation\s+of\s+hostilities)\b)`;

/**
 * Rule "an agreement reached": an agreement told in the passive, by its participle, or as "it was agreed that", is
 * typed as the thing agreed: a halt to the fighting is a ceasefire, an exchange of prisoners or of bodies
 * intent_to_cooperate (the key's convention). With no subject its parties are the crisis's two sides ("the two sides
 * would exchange"), as for the exchange cues of event-cues.ts; its date is its own words.
 * "India and Pakistan agreed that all firing would stop" is a ceasefire agreed; "it was agreed that the report would be
 * published" is no agreement of the crisis.
 */
export const AGREEMENT_TOLD_CUES: VerbCue[] = [
  { name: 'ceasefire-agreement-told', type: 'ceasefire', subjectless: 'both-sides', re: new RegExp(String.raw`(?:\b(?:ceasefire|truce)\s+|${ABOUT_A_CEASEFIRE})${AGREEMENT_TOLD}`, 'iu') },
  { name: 'exchange-agreement-told', type: 'intent_to_cooperate', subjectless: 'both-sides', re: new RegExp(String.raw`(?:\b(?:prisoner|POW|body|bodies)\s+(?:exchange|swap)\s+|${ABOUT_AN_EXCHANGE})${AGREEMENT_TOLD}`, 'iu') },
  { name: 'agreed-that-firing-stops', type: 'ceasefire', subjectless: 'both-sides', re: /\bagreed\s+(?:(?:on\s+\p{L}+|at\s+the\s+[\p{L}-]+)\s+)?that\s+(?:(?:all|any|the)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:firing|fighting|hostilities|attacks|strikes|shelling|military\s+action)\s+(?:would|will|should|must)\s+(?:stop|cease|end|halt)\b|\bagreed\s+(?:(?:on\s+\p{L}+)\s+)?that\s+(?:an?\s+|the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:ceasefire|truce)\s+(?:would|will|should)\b/iu },
  { name: 'agreed-that-exchange', type: 'intent_to_cooperate', subjectless: 'both-sides', re: /\bagreed\s+(?:(?:on\s+\p{L}+|at\s+the\s+[\p{L}-]+)\s+)?that\s+(?=[^.;]{0,80}?\b(?:would|will|should)\s+(?:exchange|swap|return|hand\s+over|repatriate)\b)/iu },
];

/**
 * Rule "a proposal accepted or put forward": "Ukraine accepted the US proposal for a 30-day ceasefire", "Kyiv backed the
 * plan for a truce", "endorsed the ceasefire proposal" accept a ceasefire; "Russia put forward a memorandum",
 * "Washington submitted a 28-point peace plan", "tabled a proposal for a new round of talks" lay a text or talks before
 * the other side (negotiation, and an offer of talks intent_to_cooperate). Only past or present forms, not after "not":
 * "did not accept", "has yet to accept", "may accept" accept nothing; "presented its annual report" proposes nothing.
 */
export const PROPOSAL_CUES: VerbCue[] = [
  { name: 'accepted-ceasefire-proposal', type: 'ceasefire', re: new RegExp(String.raw`${NOT_DENIED}\b(?:accepted|accepts|agreed\s+to|agrees\s+to|endorsed|endorses|backed|backs|embraced|signed\s+up\s+to|said\s+yes\s+to)\s+${TIME_OR_MANNER}${DETERMINER}(?:[\p{L}.-]+\s+){0,3}?(?:(?:proposals?|plans?|offers?|initiatives?|idea|call)\s+(?:for|of)\s+(?:an?\s+|the\s+)?(?:[\p{L}\d-]+\s+){0,3}?(?:ceasefire|truce)|(?:ceasefire|truce)\s+(?:proposals?|plans?|offers?|initiatives?|deal))\b`, 'iu') },
  { name: 'proposed-talks', type: 'intent_to_cooperate', re: new RegExp(String.raw`\b(?:${PUT_FORWARD_VERBS}|made)\s+${TIME_OR_MANNER}${DETERMINER}(?:[\p{L}-]+\s+){0,2}?proposals?\s+(?:for|of|to\s+(?:hold|resume|start|open))\s+${DETERMINER}(?:[\p{L}-]+\s+){0,3}?(?:talks|negotiations|meeting|summit|round|dialogue|exchange|swap)\b`, 'iu') },
  { name: 'put-forward-text', type: 'negotiation', re: new RegExp(String.raw`\b${PUT_FORWARD_VERBS}\s+${TIME_OR_MANNER}${DETERMINER}(?:(?!(?:to|for|of|on|in|at|with|by)\b)[\p{L}\d-]+\s+){0,2}?${PROPOSAL_TEXT_NOUNS}\b`, 'iu') },
];
