import type { VerbCue } from './event-cues';
import { ENVOY } from './measure-cues';
import { SANCTION_BATCH } from '../lexicon/act-verbs';

/**
 * Events told as the object of a light verb, whose subject acts: "engaged in heavy artillery exchanges", "issued a flat
 * denial", "announced the expulsion of two diplomats", "imposed a ban on Indian ships", "made a call to Putin". The
 * verb says little; the noun says what was done. Spliced into EVENT_NOUN_CUES (event-noun-cues.ts), before the
 * statement cues, so that "announced the closure of the border" is the closure, not a saying about it.
 */

/**
 * Fighting told as what armies were in: "engaged in heavy artillery exchanges", "locked in fierce clashes", "embroiled in
 * gun battles". The noun is one of fighting ("exchanges" only of fire or of a weapon: prisoner exchanges are no blow).
 */
const FIGHTING_NOUN = String.raw`(?:exchanges?\s+of\s+(?:[\w-]+\s+)?fire|(?:artillery|gunfire|fire|mortar|rocket|missile|drone)\s+(?:exchanges|duels?|battles?)|clashes|fire-?fights?|gun-?fights?|gun\s+battles?|skirmishes|fighting|shelling|hostilities)`;

/** A verb that puts a measure out: announced, ordered, declared, confirmed, approved, carried out. */
const PUT_OUT = String.raw`(?:announc(?:ed|es)|order(?:ed|s)|declar(?:ed|es)|confirm(?:ed|s)|approv(?:ed|es)|carried\s+out|implemented)`;

/** Whom an expulsion sends home: diplomats, envoys, attachés, staff of a mission ("two British diplomats"). */
const EXPELLED_PEOPLE = String.raw`(?:[\w-]+\s+){0,4}?(?:${ENVOY}|attach[ée]s?|staff(?:ers)?|officials|advis[eo]rs|personnel|nationals)\b`;

/** What a closure or a halt shuts: a crossing, the airspace, trade, visas, services, flights, a mission. */
const SHUT_THING = String.raw`(?:[\w-]+\s+){0,4}?(?:border|airspace|crossings?|(?:border\s+|check\s*)posts?|trade|visas?|services|flights|routes?|ports?|embassy|consulate|mission|high\s+commission)\b`;

/** What a ban keeps out: ships, flights, airlines, imports, exports, goods or trade of the other side. */
const BANNED_THING = String.raw`(?:[\w-]+\s+){0,3}?(?:ships|vessels|flights|airlines|aircraft|carriers|imports|exports|goods|trade|products|nationals)\b`;

export const LIGHT_VERB_CUES: VerbCue[] = [
  // Rule "fighting one was in": "India and Pakistan engaged in heavy artillery exchanges along the frontier", "the two
  // armies were locked in fierce clashes near Pokrovsk": a light verb of being in it, with the fighting as its object.
  { name: 'engaged-in-fighting', type: 'military_action', re: new RegExp(String.raw`\b(?:engag(?:ed|es|ing)|embroiled|locked|involved)\s+in\s+(?:(?:a|an|the|fresh|renewed|new)\s+)?(?:[\w-]+\s+){0,3}?${FIGHTING_NOUN}\b`, 'i') },
  // Rule "a rebuttal issued": "Pakistan issued a strong rebuttal of the Indian claims", "the ministry gave a flat denial":
  // a rejection told as the noun a light verb puts out.
  { name: 'issued-a-rebuttal', type: 'rejection', re: /\b(?:issued|offered|gave|delivered|made|published|released|put\s+out)\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:rebuttals?|refutations?|denials?)\b/i },
  // Rule "a measure put out by its noun": "Moscow announced the expulsion of two British diplomats", "Pakistan ordered the
  // expulsion of an Indian diplomat", "India announced the closure of the Attari border post", "Kyiv announced the
  // withdrawal of its ambassador": the measure is the subject's, on the verb's day.
  { name: 'announced-an-expulsion', type: 'expel', re: new RegExp(String.raw`\b${PUT_OUT}\s+(?:the\s+|an?\s+)?(?:immediate\s+)?expulsions?\s+of\s+${EXPELLED_PEOPLE}`, 'i') },
  { name: 'announced-a-closure', type: 'reduce_relations', re: new RegExp(String.raw`\b${PUT_OUT}\s+(?:the\s+|an?\s+)?(?:immediate\s+|temporary\s+|complete\s+)?(?:closure|closing|shutting|shutdown|suspension|halt)\s+(?:of|to)\s+${SHUT_THING}|\b${PUT_OUT}\s+(?:the\s+|an?\s+)?(?:withdrawal|recall)\s+of\s+(?:its\s+|their\s+|the\s+)?(?:[\w-]+\s+){0,2}?${ENVOY}\b`, 'i') },
  // Rule "a ban imposed": "Pakistan imposed a ban on Indian ships docking at its ports", "India slapped a ban on all
  // imports from Pakistan": a ban on the other side's ships, flights or goods is a step down in relations.
  { name: 'imposed-a-ban', type: 'reduce_relations', re: new RegExp(String.raw`\b(?:impos(?:ed|es)|slapped|slaps|introduc(?:ed|es)|announc(?:ed|es)|clamped|enforced)\s+(?:an?\s+|the\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:ban|embargo|prohibition)\s+on\s+${BANNED_THING}`, 'i') },
  // Rule "sanctions approved": "the EU gave its approval to a 17th package of sanctions", "gave the green light to new
  // sanctions": the sanctions adopted by the one that approved them.
  { name: 'gave-approval-to-sanctions', type: 'sanctions', re: new RegExp(String.raw`\bgave\s+(?:its\s+|their\s+|final\s+|the\s+)*(?:approval|green\s+light|go-ahead|nod)\s+to\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:${SANCTION_BATCH}\s+of\s+)?sanctions\b`, 'i') },
  // Rule "a call made": "Trump made a call to Putin on Monday", "Sharif placed a phone call to Erdogan": a call to a
  // person named (not "a call to arms", nor "a call to the nation", which are appeals).
  { name: 'made-a-call-to', type: 'phone_call', re: /\b(?:made|placed|put\s+in)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:(?:phone|telephone)\s+)?call\s+to\s+(?=(?:(?:President|Prime\s+Minister|Chancellor|Minister|Secretary|Mr|Ms|Mrs)\.?\s+)?\p{Lu}\p{Ll}+\b(?!\s+to\b))/u },
];
