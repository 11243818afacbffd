import type { VerbCue } from './event-cues';
import { NOUN_PHRASE_WORD } from '../lexicon/noun-phrase-words';
import { MONTH_WRITTEN_OUT, WEEKDAY_WRITTEN_OUT } from '../lexicon/calendar-words';
import { LAUNCHED_FORCE, POSSESSED_EVENT_CUES } from './possessed-event-cues';
import { RELATIVE_CLAUSE_CUES } from './relative-clause-cues';
import { LIGHT_VERB_CUES } from './light-verb-cues';
import { THE_FIGHTING } from '../lexicon/fighting-words';

/**
 * Events told through their noun rather than a verb of their actor: "a ceasefire ... was achieved", "the truce took
 * hold", "both sides confirmed an agreement to exchange prisoners", "the two armies halted their military actions". The
 * noun is the subject of a verb of occurrence or outcome, or the object of a verb of reaching or confirming; the event
 * is the noun's, between the parties its clause names (or the crisis's two parties). Spliced into VERB_CUES after the
 * ceasefire cues (event-cues.ts), so that the narrower cues there claim their words first and these claim theirs
 * before the statement cues ("confirmed") and the measures ("suspended").
 *
 * A plan or a hope is no event: the verbs are past and in the indicative ("was reached", "took hold", never "could be
 * reached", "is to take effect"), and the words between the noun and its verb have no verb of their own.
 */

/**
 * Up to twelve words between an event noun and its verb that name its parties, time or cause ("between India and
 * Pakistan after a four-day conflict in May"): no punctuation and no finite or modal verb, which would make the noun
 * the object of another clause ("the ceasefire that Trump said was reached") or the verb a plan ("could be reached"); "may" only before a verb, as "in May" names a month.
 */
const NOUN_PHRASE_GAP = String.raw`(?:${NOUN_PHRASE_WORD}\s+){0,12}?`;

/** How a ceasefire came about or began: reached, achieved, agreed, in the past; took hold or effect, came into force. */
const CEASEFIRE_CAME_ABOUT = String.raw`(?:(?:was|were|has\s+been|had\s+been)\s+(?:finally\s+)?(?:achieved|reached|agreed(?:\s+upon)?|brokered|secured|struck|sealed|signed|declared|negotiated|implemented|clinched)|(?:took|has\s+taken|had\s+taken)\s+(?:effect|hold)|(?:came|has\s+come|had\s+come|went|has\s+gone|had\s+gone|entered)\s+into\s+(?:effect|force)|(?:began|started)(?!\s+to\b))\b`;

/** An exchange of people agreed or arranged, in the past ("a new prisoner exchange had been agreed"). */
const EXCHANGE_AGREED = String.raw`(?:was|were|has\s+been|had\s+been|have\s+been)\s+(?:agreed(?:\s+upon)?|arranged|brokered|secured|finali[sz]ed)\b`;

/** Sanctions that began to bind: "took effect", "came into force", "were imposed" (their author after "by" is sanctions-unveiled-by's). */
const SANCTIONS_CAME_ABOUT = String.raw`(?:(?:took|has\s+taken|had\s+taken)\s+effect|(?:came|went|entered)\s+into\s+(?:effect|force)|(?:were|have\s+been|had\s+been)\s+(?:imposed|introduced|adopted)(?!\s+(?:on\s+\w+\s+)?by\b))\b`;

/** What an agreement's "to" or "on" may bring about between the parties: an exchange, a return or a release of people. */
const AGREED_EXCHANGE = String.raw`(?:exchange|swap|trade|return|repatriate|release|hand\s+over|(?:prisoner|POW|body)\s+(?:exchange|swap)|(?:exchange|swap)\s+of)`;


/** A meal taken together: lunch, dinner, breakfast, a banquet ("a working lunch", "a private dinner"). */
const MEAL = String.raw`(?:lunch|luncheon|dinner|breakfast|banquet|supper)`;

/**
 * Talks held on or kept going: "were locked in talks", "pushed on with talks", "pressed ahead with negotiations",
 * "remained deep in talks". The state of talking told by an idiom, not by "held".
 */
const TALKS_GOING_ON = String.raw`(?:(?:(?:was|were|are|is|been|remained|remain|remains|stayed)\s+)(?:locked|deep|engaged|embroiled)\s+in|(?:push(?:ed|es|ing)?|press(?:ed|es|ing)?|plough(?:ed|s|ing)?|forg(?:ed|es|ing))\s+(?:on|ahead)\s+with)\s+(?:the\s+|their\s+|its\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,2}?(?:talks|negotiations)\b`;

/**
 * The opening of the fighting told as a time ("since the outbreak of hostilities on May 7", "hours after the start of
 * the fighting on Tuesday"): only with its own date right after it, as "since the start of the war" alone is the whole
 * war's backdrop, no event of a day.
 */
const OWN_DATE_AFTER = String.raw`(?=\s+(?:(?:early|late)\s+)?(?:on|in)\s+(?:\d|${MONTH_WRITTEN_OUT}|${WEEKDAY_WRITTEN_OUT})|\s+(?:last|earlier\s+this)\s+(?:week|month)|\s+(?:on\s+)?(?:yesterday|overnight))`;

export const EVENT_NOUN_CUES: VerbCue[] = [
  // Rule "a possessor's act" (possessed-event-cues.ts): "Pakistan's closure of its airspace", "Moscow's refusal to accept".
  ...POSSESSED_EVENT_CUES,
  // Rule "an event noun's relative clause" (relative-clause-cues.ts): "a truce the Kremlin announced on Friday".
  ...RELATIVE_CLAUSE_CUES,
  // Rules of light verbs with an event noun as object (light-verb-cues.ts): "engaged in artillery exchanges".
  ...LIGHT_VERB_CUES,
  // Rule "an operation's launch": "after the launch of a new offensive on Monday", "since the launch of the strikes on
  // May 7": a phrase of time whose noun is an attack's launching, on the day its words give; between the crisis's two
  // sides, as its launcher is not told. A named operation ("the launch of Operation Sindoor") is the incident cues'.
  { name: 'launch-of-an-operation', type: 'military_action', subjectless: 'both-sides', re: new RegExp(String.raw`(?<=\b(?:since|after|following|before|with|amid)\s+)the\s+launch\s+of\s+(?:the\s+|its\s+|their\s+|an?\s+)?(?!["“‘']?Operation\s+\p{Lu})${LAUNCHED_FORCE}${OWN_DATE_AFTER}`, 'iu') },
  // Rule "the fighting's outbreak": "after the outbreak of hostilities on May 7", "hours after the start of the fighting
  // on Tuesday": a phrase of time beside the main clause whose noun is the fighting's opening, on the day it names.
  { name: 'outbreak-of-fighting', type: 'military_action', subjectless: 'both-sides', re: new RegExp(String.raw`(?<=\b(?:since|after|following|before|with|amid|at|by)\s+)the\s+(?:outbreak|start|beginning|onset|eruption)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:hostilities|fighting|clashes|conflict|war)\b${OWN_DATE_AFTER}`, 'i') },
  // "A truce between the two armies took hold at dawn", "the ceasefire agreed last week came into force", "a ceasefire
  // between A and B after four days of fighting was achieved through talks of their generals": the ceasefire as the
  // subject of a verb of its coming about, with the words that name its parties and time between.
  { name: 'ceasefire-came-about', type: 'ceasefire', subjectless: 'both-sides', re: new RegExp(String.raw`\b(?:ceasefire|truce|cessation\s+of\s+hostilities)\s+(?:(?:agreement|deal|understanding)\s+)?${NOUN_PHRASE_GAP}${CEASEFIRE_CAME_ABOUT}`, 'i') },
  // "A new swap of prisoners had been agreed at the talks", "the body exchange was arranged by Qatar": an exchange of
  // people agreed, told through its noun (the exchange itself taking place is swap-under-way's).
  { name: 'exchange-was-agreed', type: 'intent_to_cooperate', subjectless: 'both-sides', re: new RegExp(String.raw`\b(?:(?:prisoner|POW|body|bodies|captive)s?\s+(?:exchange|swap)|(?:exchange|swap)\s+of\s+(?:[\w-]+\s+)?(?:prisoners|POWs|captives|bodies|detainees))\s+${NOUN_PHRASE_GAP}${EXCHANGE_AGREED}`, 'i') },
  // "Both sides confirmed an agreement to exchange 500 prisoners each", "the ministries announced a deal on the return
  // of detainees": an agreement between the parties, new news (with "a", "an" or "new"), as the object of a verb of
  // confirming, announcing or reaching. "Confirmed the swap" names one told already: that is a saying.
  { name: 'confirmed-an-agreement', type: 'intent_to_cooperate', re: new RegExp(String.raw`\b(?:confirm(?:ed|s)|announc(?:ed|es)|reach(?:ed|es)|struck|strikes|seal(?:ed|s)|clinch(?:ed|es)|finali[sz](?:ed|es))\s+(?:an?\s+|a\s+new\s+|new\s+)(?:[\w-]+\s+){0,2}?(?:agreement|deal|accord|arrangement)\s+(?:to|on|for)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}?${AGREED_EXCHANGE}`, 'i') },
  // "The two countries halted their military actions on Saturday", "both armies stopped firing at five", "Moscow and Kyiv
  // paused military operations": the fighting halted by both sides is a ceasefire (not "did not stop firing", nor a
  // call to stop it, which the clause's own rules leave out). One side that "had only paused its military action" tells
  // how it sees its own war, no ceasefire agreed: only with two or more parties as subject.
  { name: 'halted-military-actions', type: 'ceasefire', plural: true, re: new RegExp(String.raw`\b(?:halt(?:ed|s)|paus(?:ed|es)|stopp(?:ed)|stops|ceas(?:ed|es)|suspend(?:ed|s)|put\s+(?:an?\s+)?(?:pause|halt|stop|end)\s+to)\s+${THE_FIGHTING}`, 'i') },
  // "New sanctions on the bank came into force on Friday", "sanctions against the firms took effect at midnight".
  { name: 'sanctions-came-about', type: 'sanctions', subjectless: 'named', re: new RegExp(String.raw`\bsanctions\s+${NOUN_PHRASE_GAP}${SANCTIONS_CAME_ABOUT}`, 'i') },
  // Rule "a meal together": "Trump dined with Zelensky", "Macron broke bread with Zelensky", "Starmer had lunch with
  // Zelensky", "Dar had a working lunch with Wang Yi", "Sharif hosted Erdogan for dinner": a meal with another leader is
  // a meeting of the two (the one hosted is named before the meal, so the cue is the verb alone). Not "dined out on".
  { name: 'a-meal-together', type: 'meeting', re: new RegExp(String.raw`\b(?:dined|dines|dining|(?:broke|breaks|breaking)\s+bread)\s+with\b|\b(?:had|has|have|having|held|shared|ate)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?${MEAL}\s+with\b|\bhost(?:ed|s|ing)(?=\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,5}(?:for|at|over)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?${MEAL}\b)`, 'u') },
  // Rule "talks kept going": "Witkoff and Umerov were locked in talks in Miami", "Umerov pushed on with talks with
  // Medinsky": talks told by an idiom of being in them or pressing on with them are talks held.
  { name: 'talks-kept-going', type: 'negotiation', re: new RegExp(TALKS_GOING_ON, 'i') },
];
