import type { VerbCue } from './event-cues';
import { STATE_ONE_WORD } from '../lexicon/country-names';
import { describingWords } from '../lexicon/describing-words';

/**
 * Kinds of diplomatic act told by verbs the general cues do not know: protests made through an envoy, captives and
 * bodies handed back, crossings shut and missions cut, sanctions packages and listings, fire exchanged, and strikes told in a
 * headline's present. Spliced into VERB_CUES before its measures (event-cues.ts), so their order there holds.
 */

/** Who is summoned or handed a protest: a state's diplomat named by office ("its top diplomat", "the chargé d'affaires"). */
export const ENVOY = String.raw`(?:envoys?|ambassadors?|charg[ée]s?\s+d['’]affaires|charg[ée]s?|high\s+commissioners?|top\s+diplomats?|diplomats?|heads?\s+of\s+mission|deputy\s+(?:high\s+commissioner|ambassador|head\s+of\s+mission))`;

/** The papers of a protest: "a demarche", "a note verbale", "a protest note", "a note of protest". */
const PROTEST_PAPER = String.raw`(?:d[ée]marches?|notes?\s+verbales?|protest\s+notes?|notes?\s+of\s+protest)`;

/**
 * Who comes home from the other side: prisoners, soldiers or their bodies ("the bodies of 909 soldiers", "the BSF
 * jawan", "a Pakistani Ranger", "22 fishermen").
 */
const HANDED_BACK_PEOPLE = String.raw`(?:bod(?:y|ies)|remains|prisoners?|POWs?|captives?|detainees|soldiers?|servicem[ae]n|jawans?|constables?|troopers?|rangers?|(?:border\s+)?guards?|fishermen|civilians|pilots?)`;

/** A crossing or the sky, shut to the other side ("the Attari border crossing", "its airspace", "the border post"). */
export const CROSSING = String.raw`(?:border|airspace|crossings?|(?:border\s+|check\s*)posts?|checkpoints?|transit\s+points?|land\s+routes?|corridors?|ports?|seaports?)`;

/** The words naming a crossing ("the Attari border crossing") stop at a preposition: "shut schools near the border" shut no border. */
const NOT_A_PREPOSITION = String.raw`(?!(?:near|along|on|in|at|by|to|from|across|off|beside|around|close)\b)`;

/** A closure for a while or for safety ("for the holiday", "temporarily", "over security fears") steps down no relations. */
const NOT_FOR_A_WHILE = String.raw`(?![^.;]{0,60}?\b(?:for\s+(?:the\s+|a\s+)?(?:holidays?|day|weekend|week|public)|temporarily|over\s+security|(?:due\s+to|amid|citing)\s+(?:the\s+)?security|as\s+a\s+precaution)\b)`;

/** A mission whose staff is cut ("its High Commission in Islamabad", "the Russian embassy"). */
const MISSION = String.raw`(?:missions?|embass(?:y|ies)|high\s+commissions?|consulates?)`;

/** What the other side is struck with or at, after a headline's present verb: a number, a place, a target. */
const STRIKE_OBJECT = String.raw`(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens|several|multiple|terror|military|air|targets|sites|bases|positions)\b|(?:the|its)\s|\p{Lu})`;
/** "hits Russia with new sanctions": a measure, not a strike. */
export const WITH_A_MEASURE = String.raw`[^.;]{0,60}?\bwith\s+(?:[\w-]+\s+){0,2}?(?:sanctions|tariffs|duties|levies|curbs|restrictions|penalties|fines|bans?)\b`;
/** "strikes a deal", "strikes a conciliatory tone": no strike. */
const STRUCK_NO_BLOW = String.raw`(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:deals?|agreements?|accords?|pacts?|bargains?|compromises?|tone|note|chord|balance|pose)\b`;

/** What one state sends another's army: weapons, their deliveries, military aid ("arms shipments", "the Patriot deliveries"). */
const ARMS_SUPPLY = String.raw`(?:(?:arms|weapons?|munitions|ammunition|missiles?|military|defen[cs]e|security)\s+(?:[\w-]+\s+)?(?:shipments?|deliveries|supplies|transfers|aid|assistance|packages?)|military\s+(?:aid|assistance|support)|weapons\s+(?:aid|support))`;

export const MEASURE_CUES: VerbCue[] = [
  // "The White House has paused some arms shipments", "Washington froze military aid to Kyiv", "halted deliveries of
  // weapons": support to the other side's army cut off, a step down in relations (CAMEO 16). Up to four words (which,
  // whose) between the verb and the supply; "resumed arms deliveries" and "paused the meeting" are none.
  { name: 'paused-arms-supply', type: 'reduce_relations', re: new RegExp(String.raw`\b(?:paus(?:ed|es|ing)|halt(?:ed|s|ing)|suspend(?:ed|s|ing)|froze|freez(?:es|ing)|stopp(?:ed|ing)|cut\s+off|withh(?:eld|olds|olding)|put\s+on\s+hold)\s+(?:(?:some|all|most|many|the|its|their|further|key|critical|new|several)\s+)?(?:[\w-]+\s+){0,3}?(?:${ARMS_SUPPLY}|(?:deliveries|shipments|supplies)\s+of\s+(?:[\w-]+\s+){0,2}?(?:arms|weapons|missiles|munitions|ammunition))\b`, 'i') },
  // "India summoned Pakistan's chargé d'affaires", "summoned the Indian high commissioner to protest": a protest made
  // to the envoy's state, by the state that summoned (not "was summoned", whose summoner the clause does not name).
  { name: 'summoned-envoy', type: 'condemnation', re: new RegExp(String.raw`(?<!\b(?:was|were|been|being|is|are)\s)\bsummon(?:ed|s|ing)?\s+(?:[\w'’.-]+\s+){0,4}?${ENVOY}\b`, 'i') },
  // "The Indian chargé d'affaires was summoned to the foreign ministry on Wednesday": the summons in the passive, its
  // summoner untold, is a protest between the states its clause names (the envoy's noun up to a sentence's length before).
  { name: 'envoy-was-summoned', type: 'condemnation', subjectless: 'named', passive: true, re: new RegExp(String.raw`\b(?:was|were|has\s+been|had\s+been)\s+(?:(?:also|again|today|yesterday|on\s+\w+)\s+)?summoned\b(?<=${ENVOY}\b[^.;]{0,80}?summoned)`, 'i') },
  // "a strong protest was lodged with the envoy": the protest in the passive.
  { name: 'protest-was-lodged', type: 'condemnation', subjectless: 'named', passive: true, re: /\bprotests?\s+(?:was|were|has\s+been|had\s+been)\s+(?:also\s+)?(?:lodged|registered|conveyed|filed)\b/i },
  // "lodged a strong protest with India", "handed a demarche to the envoy", "issued a note verbale": a protest in form.
  { name: 'lodged-protest', type: 'condemnation', re: new RegExp(String.raw`\b(?:lodg(?:ed|es|ing)|register(?:ed|s|ing)|fil(?:ed|es|ing)|conve(?:yed|ys|ying))\s+(?:an?\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?protests?\b|\b(?:hand(?:ed|s|ing)|issu(?:ed|es|ing)|deliver(?:ed|s|ing)|serv(?:ed|es|ing)|lodg(?:ed|es|ing))\s+(?:over\s+)?(?:an?\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?${PROTEST_PAPER}`, 'i') },
  // "Pakistan handed back the BSF jawan", "Russia returned the bodies of 909 soldiers", "repatriated 22 fishermen": one
  // side giving the other its people is a step of cooperation (CAMEO 03 here, as the exchanges are).
  { name: 'handed-back-captives', type: 'intent_to_cooperate', re: new RegExp(String.raw`\b(?:hand(?:ed|s|ing)\s+(?:back|over)|return(?:ed|s|ing)|repatriat(?:ed|es|ing)|releas(?:ed|es|ing)|freed|frees)\s+(?:[\w,'’-]+\s+){0,5}?${HANDED_BACK_PEOPLE}\b(?!\s+(?:to\s+(?:the\s+)?(?:front|battlefield|duty|combat|barracks|base)))`, 'i') },
  // "A border guard was handed over to India on Wednesday", "the bodies were returned to Kyiv": the handing back in the
  // passive, to the state named after "to"; its giver is untold.
  { name: 'captives-were-handed-back', type: 'intent_to_cooperate', subjectless: 'named', passive: true, re: new RegExp(String.raw`\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:handed\s+(?:back|over)|returned|repatriated|released)(?=\s+to\b)(?<=${HANDED_BACK_PEOPLE}\b[^.;]{0,60}?(?:over|back|returned|repatriated|released))`, 'i') },
  // "India shut the Attari border crossing", "sealed the border post", "closed its airspace to Indian airlines". Not the
  // present: a headline listing yesterday's measures ("announces suspension of treaty, shuts border") dated the measure
  // told with it by publication (dev corpus: the treaty's suspension lost its day).
  { name: 'shut-crossing', type: 'reduce_relations', re: new RegExp(String.raw`\b(?:clos(?:ed|es|ing)|shut(?:s|ting)?|seal(?:ed|s|ing))\s+(?:down\s+)?(?:the\s+|its\s+|their\s+|all\s+)?(?:${NOT_A_PREPOSITION}[\w-]+\s+){0,3}?${CROSSING}\b`, 'i') },
  // "Poland closed the Russian consulate in Krakow", "ordered the closure of its embassy", "shut down the mission": a
  // mission of the other side (or one's own there) shut is a step down in relations; "closed the embassy for the
  // holiday" or "temporarily, over security fears" steps down nothing, and "closed-door" talks are no closure.
  { name: 'closed-mission', type: 'reduce_relations', re: new RegExp(String.raw`\b(?:clos(?:ed|es|ing)|shut(?:s|ting)?(?:\s+down)?|(?:ordered|announced|demanded)\s+the\s+closure\s+of)\s+(?:the\s+|its\s+|their\s+|a\s+)?(?:[\w'’-]+\s+){0,2}?${MISSION}\b${NOT_FOR_A_WHILE}`, 'i') },
  // "cut the strength of its mission to 30", "reduced Pakistan's High Commission strength from 55 to 30".
  { name: 'cut-mission-strength', type: 'reduce_relations', re: new RegExp(String.raw`\b(?:cut(?:s|ting)?|reduc(?:ed|es|ing)|slash(?:ed|es|ing)|trimm(?:ed|ing)|downsiz(?:ed|es|ing)|brought\s+down|bring\s+down|scal(?:ed|es|ing)\s+down)\s+(?:the\s+)?(?:overall\s+)?(?:staff\s+)?(?:strength|size|staff)\s+(?:of\s+)?(?:[\w'’-]+\s+){0,5}?${MISSION}\b|\b(?:cut(?:s|ting)?|reduc(?:ed|es|ing)|slash(?:ed|es|ing)|downsiz(?:ed|es|ing)|brought\s+down)\s+(?:[\w'’-]+\s+){0,5}?${MISSION}(?:['’]s)?\s+(?:staff\s+)?(?:strength|size|staff)\b`, 'i') },
  // "puts Indus Waters Treaty in abeyance": a headline's present of the measure (the past is froze-ties').
  { name: 'puts-in-abeyance', type: 'reduce_relations', re: /\b(?:puts|places|holds|keeps|putting|placing|holding|keeping)\s+(?:[\w-]+\s+){0,4}?in\s+abeyance\b/i },
  // "adopted its 17th sanctions package", "approved a new sanctions round" (the noun first; "package of sanctions" is imposed-sanctions').
  { name: 'sanctions-package', type: 'sanctions', re: /\b(?:adopt(?:ed|s)?|approv(?:ed|es)|unveil(?:ed|s)|pass(?:ed|es)|agreed|announc(?:ed|es)|impos(?:ed|es))\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?sanctions?\s+(?:package|round|regime|list)\b/i },
  // "the State Department announced adding the group to its list of terrorist organisations", "designated the militia a
  // foreign terrorist organisation": a listing that brings sanctions on the group (up to ten words name it).
  { name: 'designated-terrorist', type: 'sanctions', re: new RegExp(String.raw`\b(?:designat(?:ed|es|ing)|add(?:ed|s|ing)|list(?:ed|s|ing)|plac(?:ed|es|ing)|put(?:s|ting)?)\s+(?:[\w'’().,-]+\s+){0,10}?(?:(?:as\s+)?(?:an?\s+)?(?:foreign\s+|global\s+|specially\s+designated\s+(?:global\s+)?)?terrorists?\s+(?:organi[sz]ations?|groups?|entit(?:y|ies))|(?:to|on)\s+(?:its|the|their|a)\s+(?:[\w-]+\s+){0,2}?(?:list|blacklist|register)\s+of\s+(?:[\w-]+\s+)?(?:terrorists?|terror)\b)`, 'i') },
  // "Trump hit Russia's two biggest oil companies with sanctions", "slapped the bank with fresh sanctions": the measure
  // told as a blow with it (not "hit by sanctions", which its target suffered, told with no author), "hit Moscow's oil
  // income with its toughest sanctions yet": the author's own sanctions, in the superlative.
  { name: 'hit-with-sanctions', type: 'sanctions', re: /(?<!\b(?:was|were|been|being|is|are)\s)\b(?:hit|hits|slapped|slaps|targeted|targets)\s+(?!by\b)(?:[\w'’-]+\s+){1,8}?with\s+(?:(?:its|their|his|her|the)\s+)?(?:(?:new|fresh|further|more|tough|sweeping|heavy|additional|[\w-]+est|most\s+[\w-]+)\s+)?sanctions\b/i },
  // "The sanctions, unveiled by the US Treasury, target two oil firms": the measure as the subject, its author after "by".
  { name: 'sanctions-unveiled-by', type: 'sanctions', subjectless: 'named', re: /\bsanctions\s*,?\s+(?:which\s+(?:were|was)\s+|(?:were|was|have\s+been|had\s+been)\s+)?(?:unveiled|announced|imposed|issued|introduced|adopted)\s+(?:on\s+\w+\s+)?by\b/i },
  // "Indian and Pakistani troops exchanged fire along the Line of Control": both sides fired (told with no subject too);
  // up to three words describe the fire ("exchanged heavy small arms fire"), none a preposition ("traded prisoners under fire").
  { name: 'exchanged-fire', type: 'military_action', subjectless: 'both-sides', re: new RegExp(String.raw`\b(?:exchang(?:ed|es|ing)|(?<!\b(?:an?|the|of)\s)exchange|trad(?:ed|es|ing)|(?<!\b(?:an?|the|of)\s)trade)\s+${describingWords(3)}(?:fire|gunfire|shots|artillery\s+fire)\b`, 'i') },
  // "India strikes nine sites in Pakistan", "Russia pounds Kyiv", "Pakistan shoots down Indian jets": a state's blow in
  // the present of a headline, with what it hit after it.
  { name: 'present-strike', type: 'military_action', re: new RegExp(String.raw`\b(?:strikes|pounds|bombs|shells|hits|attacks|targets|blasts|shoots\s+down|downs)\b(?<=${STATE_ONE_WORD}\s(?:strikes|pounds|bombs|shells|hits|attacks|targets|blasts|shoots\s+down|downs))(?=\s+${STRIKE_OBJECT})(?!\s+${STRUCK_NO_BLOW})(?!${WITH_A_MEASURE})`, 'u') },
];
