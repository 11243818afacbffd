import type { VerbCue } from './event-cues';
import { ACCUSE_VERBS, AID_NOUNS, BY_PHONE, CALL_VERBS, CEREMONY_NOUNS, CLAIM_NOUNS, EXTEND_VERBS, FALSE_WORDS, FORCE_VERBS, MEET_VERBS, PHONE_VERBS, REJECT_VERBS, RESTRICTION_NOUNS, SITTING_NOUNS, TARGET_NOUNS, WARNING_NOUNS, WORDS_NOUNS } from '../lexicon/act-verbs';
import { COUNTRIES } from '../lexicon/countries';
import { WITH_A_MEASURE } from './measure-cues';
import { SANCTION_VERBS, SANCTIONS_TOLD_CUES } from './sanctions-told';

/**
 * Cues built from the act lexicon (lexicon/act-verbs.ts), one group per event type, each spliced into VERB_CUES
 * beside the hand-written cues of its type (event-cues.ts). Each states its sense rule once.
 */

/** A verb used as an adjective or in the passive ("the alleged plot", "in disputed Kashmir", "was implicated"). */
const NOT_ATTRIBUTIVE = String.raw`(?<!\b(?:the|an?|its|his|her|their|this|that|these|those|of|in|for|over|about|on|after|with|by|was|were|been|being|is|are|be)\s)`;

/** The person called, with their titles ("Pakistan's deputy prime minister and foreign minister X"): some eight words. */
const OBJECT_AND_TITLES = 80;
/**
 * Rule "reached by phone": "called China's foreign minister over the phone", "contacted the army chief by telephone",
 * "rang the chancellor via video link": a verb of calling or contacting whose object (the person, with their titles)
 * is followed by the medium is a call with that person. The object and medium are only looked ahead to, so the person
 * stays after the cue; "called for calm by phone", "called on allies by phone" name nobody called.
 */
const CALLED_OBJECT_THEN_MEDIUM = String.raw`(?=\s+(?!for\b|on\b|off\b|upon\b)[^.;:!?"“”]{1,${OBJECT_AND_TITLES}}?\s+(?:${BY_PHONE})\b)`;

/** "the two leaders were speaking by phone", "Rubio talked over the phone with Lavrov": speaking at a distance is a call, whoever the subject. */
export const PHONE_ACT_CUES: VerbCue[] = [
  // "Trump called his Russian counterpart on Monday" is a call; "called his counterpart Vladimir Putin "crazy"" or "...
  // a liar" gives him a name (a quote, or "a"/"an"/"the" and a noun, after the name).
  // The cue is the verb alone: the counterpart, looked ahead to, stays after it and takes part.
  { name: 'called-counterpart', type: 'phone_call', re: /\b[Cc]alled(?=\s+(?:his|her|their)\s+(?:\p{L}+\s+)?counterparts?\b(?!(?:\s+\p{Lu}[\p{L}.'’-]*){0,4}\s+(?:["“‘]|an?\s|the\s+\p{Ll})))/u },
  { name: 'reached-by-phone', type: 'phone_call', re: new RegExp(String.raw`\b(?:${CALL_VERBS}|contact(?:s|ed|ing)?|reach(?:es|ed|ing)?)${CALLED_OBJECT_THEN_MEDIUM}`, 'i') },
  // "Modi phoned Putin", "phoned his counterpart": the person phoned named after the verb ("phoned in his answers" is none).
  { name: 'phoned-person', type: 'phone_call', re: /\bphoned\s+(?=\p{Lu}|(?:his|her|their)\s)/u },
  { name: 'spoke-by-phone', type: 'phone_call', re: new RegExp(String.raw`\b${PHONE_VERBS}\s+(?:(?:again|briefly|later|earlier|also|directly)\s+)?(?:${BY_PHONE})\b`, 'i') },
];

/**
 * "Moscow alleged that Kyiv staged the blast", "the Kremlin alleged Ukraine of terrorism", "faulted Delhi for": a
 * charge laid by its subject. "alleged" as an adjective ("the alleged plot", "of alleged sabotage") lays none.
 */
export const ACCUSE_ACT_CUES: VerbCue[] = [
  { name: 'alleged-against', type: 'accusation', re: new RegExp(String.raw`${NOT_ATTRIBUTIVE}\b(?:alleg(?:ed|es|ing)|${ACCUSE_VERBS})\s+(?=that\b|(?:the\s+)?\p{Lu})`, 'u') },
];

/**
 * "said the accusation was a lie", "called the claims baseless fabrications", "rubbished the reports", "refuted
 * Islamabad's version": saying the other side's words are false is rejecting them (before called-it-wrong, whose
 * "baseless" would make it criticism). "disputed" only as a verb, with an object after it ("in disputed Kashmir" is none).
 */
export const REJECT_ACT_CUES: VerbCue[] = [
  // The verdict as what its teller said: the claim is the clause's subject, the act the teller's.
  { name: 'claim-was-false', type: 'rejection', tellersVerdict: true, re: new RegExp(String.raw`\b${CLAIM_NOUNS}\s+(?:(?:of|by|from|about|against|that)\s+[\w'’-]+\s+(?:[\w'’-]+\s+){0,3}?)?(?:was|were|is|are)\s+(?:(?:simply|just|nothing\s+but|all|completely|totally)\s+)?${FALSE_WORDS}\b`, 'iu') },
  { name: 'claim-called-false', type: 'rejection', re: new RegExp(String.raw`\b(?:call(?:ed|s|ing)|term(?:ed|s|ing)|brand(?:ed|s|ing)|dismiss(?:ed|es|ing))\s+(?:the|these|those|such|his|her|their|its|[\p{Lu}][\p{L}]+['’]s)\s+(?:[\w-]+\s+)?${CLAIM_NOUNS}\s+(?:as\s+)?${FALSE_WORDS}\b`, 'iu') },
  { name: 'refuted', type: 'rejection', re: new RegExp(String.raw`${NOT_ATTRIBUTIVE}\b${REJECT_VERBS}\b(?=\s+(?:the|a|an|his|her|its|their|this|these|those|such|all|any|reports?|claims?|allegations?|\p{Lu}))`, 'u') },
];

/**
 * Rule "a go-between's act": "Qatar mediated the exchange of prisoners", "Turkey mediated the talks in Istanbul": the
 * act mediated is the mediator's mediation (CAMEO 045), before the cues that would read the exchange or the talks as
 * the subject's own.
 */
/** What a third party works to calm: the tensions, crisis, standoff or hostilities. */
const STRIFE = String.raw`(?:tensions?|crisis|stand-?off|situation|hostilities|escalation|conflict|fighting)`;
/** Calming it: defusing, easing, de-escalating, cooling, lowering, containing. */
const CALM_VERB = String.raw`(?:defuse|calm|ease|de-escalate|deescalate|cool|lower|reduce|contain|resolve|end)`;

export const MEDIATE_ACT_CUES: VerbCue[] = [
  // Rule "stepped in between them" (round x21): "Saudi Arabia stepped in to defuse the crisis between India and
  // Pakistan", "Washington intervened on Saturday to calm tensions between the two", "the minister shuttled between New
  // Delhi and Islamabad": a third party working on the strife between two others mediates (CAMEO 043 by its aim).
  // "between" names the two: "India moved to ease tensions" is a party's own step, not a mediation.
  { name: 'stepped-in-between', type: 'mediation', re: new RegExp(String.raw`\b(?:stepped\s+in|steps\s+in|intervened|intervenes|worked|works|moved|sought|tried|rushed|scrambled|pushed|pressed)\s+(?:(?:on\s+\p{L}+|hard|quickly|swiftly|urgently|behind\s+the\s+scenes)\s+){0,2}to\s+${CALM_VERB}\s+(?:the\s+)?(?:(?:rising|growing|soaring|escalating|military|border|deepening|dangerous)\s+)?${STRIFE}\s+between\b|\bshuttl(?:ed|es|ing)\s+between\s+\p{Lu}`, 'iu') },
  { name: 'mediated-the-act', type: 'mediation', re: /\bmediat(?:ed|es|ing)\s+(?:the|a|an|this|that|their|its)\s+(?:[\w-]+\s+){0,2}?(?:exchanges?|swaps?|talks|deal|agreement|ceasefire|truce|negotiations|release|return|dialogue|handover)\b/i },
];

/** States by their one-word names and capitals, with a possessive: the subject of a blow ("Russia", "Moscow", "Russian"). Institutions ("the Kremlin") strike with words as often. */
const STATE_WORD = COUNTRIES.flatMap((c) => [...c.names, ...c.cities]).filter((w) => /^\p{L}+$/u.test(w)).join('|');
/**
 * What a courtesy call is paid for, after "to" ("called on Senator Dar to exchange views", "to felicitate him"): a
 * purpose of the visit, not an act urged on the one called on ("called on India to review its decision" is an appeal).
 */
const CALL_PURPOSE = String.raw`(?:exchange|discuss|felicitate|congratulate|bid|present\s+(?:his|her|their)\s+credentials|convey\s+(?:greetings|condolences|felicitations|(?:best\s+)?wishes)|extend\s+(?:greetings|condolences|felicitations|an\s+invitation))\b`;

/** "The council gathered for its regular session", "the envoys convened for talks in Rome": members coming together for a sitting. */
export const MEET_ACT_CUES: VerbCue[] = [
  // Rule "a call paid on someone": "Jaishankar called on Japanese Prime Minister Shigeru Ishiba in Tokyo" is a courtesy
  // call, a meeting; "called on Pakistan to end ..." (an infinitive after) is an appeal, the urged cue's. The person is
  // named by capitalised words (a title and a name, or a name alone that is no state or capital: "the ambassador called
  // on Dar."), then a place, time or stop; an infinitive of the call's purpose may follow ("called on Senator Dar at the
  // ministry to exchange views", round x21).
  { name: 'called-on-person', type: 'meeting', re: new RegExp(String.raw`\bcall(?:ed|s|ing)\s+on(?=\s+(?!(?:${STATE_WORD})\b(?:\s*[,.;]|\s+(?:in|at|on|to)\b))(?:\p{Lu}[\p{L}.'’-]*\s+){0,6}?\p{Lu}[\p{L}'’-]*(?:\s+(?:in|at|during|on|earlier|later|and|to\s+${CALL_PURPOSE})|\s*[,.;]|\s*$)(?![^.;]*?\bto\s+(?!(?:the|a|an|his|her|its|their|this|that)\b|${CALL_PURPOSE})\p{Ll}))`, 'u') },
  { name: 'gathered-for-sitting', type: 'meeting', subjectless: 'named', re: new RegExp(String.raw`\b${MEET_VERBS}\s+(?:(?:on\s+\w+|again|today|yesterday)\s+)?(?:for|in)\s+(?:an?|its|their|the)\s+(?:[\w-]+\s+){0,3}?${SITTING_NOUNS}\b`, 'i') },
];

/**
 * What a restriction shuts the other side out of: its aircraft, its trade, its people. "extended the school closure"
 * restricts no one abroad.
 */
const SHUT_OUT = String.raw`(?=[^.;]{0,100}?\b(?:airspace|aircrafts?|airlines?|planes|flights?|borders?|crossings?|trade|imports?|exports?|visas?|vessels|ships|nationals|citizens|diplomats)\b)`;

/**
 * "extended the NOTAM barring its airlines", "announced a month-long extension of the airspace ban", "the airspace has
 * been closed to its planes since April 30": a measure against the other side kept in force or in place.
 */
export const REDUCE_ACT_CUES: VerbCue[] = [
  { name: 'extended-restriction', type: 'reduce_relations', re: new RegExp(String.raw`\b(?:${EXTEND_VERBS}\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w()-]+\s+){0,4}?|(?:announced|ordered|issued|approved|notified)\s+(?:an?\s+|the\s+|its\s+)?(?:[\w-]+\s+){0,3}?(?:extension|renewal|prolongation)\s+of\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,2}?)${RESTRICTION_NOUNS}\b${SHUT_OUT}`, 'i') },
  { name: 'airspace-was-closed', type: 'reduce_relations', subjectless: 'named', passive: true, re: /\b(?:airspace|border|crossing)\s+(?:has|had|have)\s+been\s+(?:closed|shut|sealed)\s+(?:to|for)\b/i },
];

/** What a warning holds a party back from: sending, arming, striking, crossing ("against sending troops"). */
const HOSTILE_GERUND = String.raw`(?:sending|deploying|supplying|providing|arming|attacking|striking|crossing|interfering|escalating|using|joining|allowing|delivering|stationing|placing|targeting|entering|seizing|invading|retaliating|intervening)\b`;
/** The same as a noun ("against any escalation", "against a military intervention"). */
const HOSTILE_NOUN = String.raw`(?:attacks?|escalation|interference|intervention|aggression|retaliation|deployments?|incursions?|provocations?|adventurism|misadventure|strikes?)\b`;

/** "issued a stern warning to Pakistan", "delivered an ultimatum to Kyiv": a warning given to a party, named after it (a flood warning to residents is none). */
export const THREAT_ACT_CUES: VerbCue[] = [
  // Rule "warned against an act": "Putin warned on Tuesday against sending troops", "warned the West against any
  // deployment", "warned NATO not to cross the line": a warning to a party off an act of force or support is a threat.
  // "warned against trusting him" and "warned against complacency" name no such act: they are sayings. The gerund
  // too ("a day after warning India against any misadventure", gerund-of-time.ts).
  { name: 'warned-against-act', type: 'threat', re: new RegExp(String.raw`\bwarn(?:ed|s|ing)\s+(?:(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*|allies|partners|neighbours|neighbors|countries)\s+){0,3}?(?:(?:on\s+\p{L}+|again|also|repeatedly|sternly|bluntly|publicly)\s+){0,2}(?:against\s+(?:any\s+|further\s+|an?\s+|the\s+)?(?:${HOSTILE_GERUND}|(?:[\p{Ll}-]+\s+)?${HOSTILE_NOUN})|(?<=warn(?:ed|s|ing)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:(?:on\s+\p{L}+|again|also|sternly)\s+)?)not\s+to\s+\p{L}+)`, 'u') },
  // Rule "a retaliation told in reported speech": "Pakistan said on Monday it would retaliate", "Moscow says it will hit
  // back": the teller's own pledge of a blow, in the "would" of reported speech, is a threat made when it was said,
  // not a strike planned. Only "it", "they", "he" or "she" after the verb: the teller speaking of itself.
  { name: 'said-it-would-retaliate', type: 'threat', re: /\b(?:said|says|stated)\s+(?:(?:on\s+\p{L}+|again|also)\s+)?(?:that\s+)?(?:it|they|he|she)\s+(?:would|will)\s+(?:retaliate|hit\s+back|respond\s+(?:firmly|strongly|forcefully|decisively|militarily|in\s+kind))\b/u },
  { name: 'issued-warning-to', type: 'threat', re: new RegExp(String.raw`\b(?:issu(?:ed|es|ing)|gave|giv(?:es|ing)|deliver(?:ed|s|ing)|sent|sound(?:ed|s|ing))\s+(?:an?\s+|the\s+|its\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+){0,2}?${WARNING_NOUNS}\s+(?:to|against)\s+(?=(?:the\s+)?\p{Lu})`, 'u') },
];

/** A word that stands between a verb and its object without being one: a day, "overnight", "again". */
const TIME_BEFORE_OBJECT = String.raw`(?:(?:on\s+\p{L}+|overnight|again|also|late\s+on\s+\p{L}+|early\s+on\s+\p{L}+)\s+){0,2}`;
/** Up to three words that describe an object ("Ukraine's energy", "a Russian oil"), none a preposition that would open a phrase of its own. */
const OBJECT_WORDS = String.raw`(?:(?!(?:before|after|during|ahead|as|while|on|in|at|near|with|and|for|over|of|to|from|by|into|than|because)\b)[\p{L}\d'’-]+\s+){0,3}?`;
/** Targets that are goals, not places: "hit its export targets". */
const NOT_A_GOAL = String.raw`(?<!\b(?:export|sales|growth|revenue|inflation|budget|production|emissions?|climate|fiscal|spending|output|investment|recruitment|vaccination)\s+targets)`;
/** A target named by what follows it ("the city council", "the town hall"): the noun was an adjective of another. */
const NOT_A_MODIFIER = String.raw`(?!\s+(?:council|hall|officials?|authorities|government|administration|leaders?|mayor|police|chief|residents'|plan|team)\b)`;
/** A state's forces or weapons as the subject, then up to two words of time ("Russian forces on Tuesday", "Moscow overnight"). */
const STATE_FORCE_SUBJECT = String.raw`\b(?:${STATE_WORD})(?:['’]s)?\s+(?:(?:forces|troops|army|military|navy|air\s+force|drones|missiles|jets|warplanes|artillery|soldiers)\s+)?(?:(?:on\s+\p{L}+|overnight|again|also|reportedly|then|later|earlier|had|has|have|late\s+on\s+\p{L}+|early\s+on\s+\p{L}+)\s+){0,2}`;

/**
 * Rule "a blow at a target": "Russian forces attacked Ukrainian positions", "Ukraine hit a Russian oil refinery", "raided
 * a border village", "Russia on Tuesday attacked Kyiv": a verb of a blow in the past is military action when what it
 * hits is a target of force (troops, a place, what keeps it running; see TARGET_NOUNS), or a place named with a
 * capital when a state or its forces deliver it. "attacked the plan" (words: criticised-the-words), "hit back at
 * critics", "hit its export targets", "was hit" and "hit Russia with sanctions" are none.
 */
export const FORCE_ACT_CUES: VerbCue[] = [
  { name: 'blow-at-target', type: 'military_action', re: new RegExp(String.raw`\b(?=${FORCE_VERBS}\b)${NOT_ATTRIBUTIVE}${FORCE_VERBS}\s+${TIME_BEFORE_OBJECT}(?:an?\s+|the\s+|its\s+|their\s+|several\s+|dozens\s+of\s+|\d[\d,]*\s+)?${OBJECT_WORDS}${TARGET_NOUNS}\b${NOT_A_GOAL}${NOT_A_MODIFIER}(?!${WITH_A_MEASURE})`, 'iu') },
  { name: 'blow-at-place', type: 'military_action', re: new RegExp(String.raw`\b${FORCE_VERBS}(?<=${STATE_FORCE_SUBJECT}${FORCE_VERBS})\s+${TIME_BEFORE_OBJECT}(?:the\s+(?:city|town|village|port|region|capital|province|oblast|district)\s+of\s+)?\p{Lu}[\p{L}-]+(?!['’]s\b|[\p{L}-])(?!${WITH_A_MEASURE})`, 'u') },
  // "Russia invaded Ukraine in 2022": an invasion of a state named.
  { name: 'invaded-state', type: 'military_action', re: new RegExp(String.raw`\b(?=invad)${NOT_ATTRIBUTIVE}invad(?:ed|es)\s+(?=(?:the\s+)?\p{Lu})`, 'u') },
];

/**
 * Rule "a blow of words": "Zelensky attacked the plan", "blasted the decision", "tore into the proposal", "railed against
 * the deal": a verb of a blow whose object is words, a policy or a decision is criticism (CAMEO 111), before the force
 * cues. Only lower-case words describe the object: "attacked Kyiv before the talks" is a strike.
 */
export const CRITICISE_ACT_CUES: VerbCue[] = [
  { name: 'criticised-the-words', type: 'condemnation', re: new RegExp(String.raw`\b(?=attacked|blasted|assailed|savaged|lambasted)${NOT_ATTRIBUTIVE}(?:attacked|blasted|assailed|savaged|lambasted)\s+${TIME_BEFORE_OBJECT}(?:\p{Lu}[\p{L}.-]*['’]s\s+|the\s+|an?\s+|his\s+|her\s+|its\s+|their\s+|this\s+|that\s+|these\s+|those\s+)?(?:(?!(?:before|after|during|ahead|as|while|on|in|at|near|with|and|for|over|of|to|from|by)\b)[\p{Ll}-]+\s+){0,3}?${WORDS_NOUNS}\b|\b(?:tore|ripped|tears|rips)\s+into\b|\brail(?:ed|s)\s+against\b|\btook\s+a\s+swipe\s+at\b`, 'u') },
];

/** What a state asks another for: help, arms, a step against the other side, a sitting, restraint or a release. */
/** The object stays after the cue, so that a noun cue in it ("new sanctions") is read as what was asked for. */
const ASKED_FOR = String.raw`(?:${AID_NOUNS}|help|sanctions|pressure|restraint|calm|de-?escalation|ceasefire|truce|talks|meeting|session|mediation|intervention|investigation|probe|inquiry|protection|guarantees|release|return|extradition|handover)`;

/**
 * Rule "asked for aid": "Kyiv asked for new sanctions", "Zelensky asked allies for more air defences", "Ukraine sought
 * more weapons": a request for help or for a step against the other side (CAMEO 02). "asked for comment", "was asked
 * for details" and "asked about sanctions" ask for nothing of a state.
 */
export const APPEAL_ACT_CUES: VerbCue[] = [
  { name: 'asked-for', type: 'appeal', re: new RegExp(String.raw`\b(?=ask)${NOT_ATTRIBUTIVE}ask(?:ed|s)\s+(?:(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:\p{Lu}[\p{L}'’.-]*|allies|partners|donors|members|international\s+community|world)\s+){0,3}?${TIME_BEFORE_OBJECT}for(?=\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:(?:more|new|further|additional|urgent|immediate|emergency|international|military|financial|humanitarian|fresh|tougher|long-range)\s+)*(?:[\p{L}-]+\s+){0,2}?${ASKED_FOR}\b)`, 'u') },
  { name: 'sought-aid', type: 'appeal', re: new RegExp(String.raw`\b(?:sought|seeks|seeking)\s+${TIME_BEFORE_OBJECT}(?:(?:more|new|further|additional|urgent|international|western|Western|military|financial|economic|humanitarian|fresh|greater|long-range)\s+)+(?:[\p{L}-]+\s+){0,2}?${AID_NOUNS}\b|\b(?:sought|seeks|seeking)\s+(?:[\p{Lu}][\p{L}-]*\s+)?(?:help|aid|assistance|support)\b`, 'u') },
];

/**
 * Rule "sanctions told with a verb of their own": "Trump authorized sanctions", "the Treasury rolled out sanctions"
 * (SANCTION_VERBS) are read by approved-sanctions; "announced a fresh round of sanctions", the passive, the sanctions
 * list and "targeted ... with sanctions" by their cues (sanctions-told.ts).
 *
 * Rule "sanctions approved": "The EU approved new sanctions on Russia", "adopted the sanctions", "Japan expanded
 * sanctions", "tightened its sanctions": a verb of adopting, extending or sharpening with sanctions as its object.
 * "approved the lifting of sanctions", "extended sanctions relief" and "no sanctions" impose none; "imposed",
 * "announced" and "slapped" are imposed-sanctions' (event-cues.ts).
 */
export const SANCTION_ACT_CUES: VerbCue[] = [
  ...SANCTIONS_TOLD_CUES,
  { name: 'approved-sanctions', type: 'sanctions', re: new RegExp(String.raw`\b(?:approv(?:ed|es)|adopt(?:ed|s)|agreed(?:\s+on)?|unveil(?:ed|s)|introduc(?:ed|es)|pass(?:ed|es)|expand(?:ed|s)|extend(?:ed|s)|tighten(?:ed|s)|widen(?:ed|s)|broaden(?:ed|s)|renew(?:ed|s)|levi(?:ed|es)|${SANCTION_VERBS})\s+${TIME_BEFORE_OBJECT}(?:an?\s+|the\s+|its\s+|their\s+)?(?:(?!(?:no|of|on|against|to|for|from|lifting|easing|relief|any)\b)[\p{L}\d-]+\s+){0,2}?sanctions\b(?!\s+(?:relief|exemptions?|waivers?)\b)`, 'iu') },
];

/**
 * Rule "there in person": "Xi attended the parade in Moscow", "Modi was in Paris on Friday", "toured the front line",
 * "went to Ankara": being at a place or an occasion abroad is a visit (CAMEO 042). "attended the meeting by video",
 * "was in favour", "was in Russian hands" and "came to power" go nowhere.
 */
export const VISIT_ACT_CUES: VerbCue[] = [
  { name: 'attended-occasion', type: 'visit', re: new RegExp(String.raw`\battend(?:ed|s)\s+(?:an?\s+|the\s+|this\s+year['’]s\s+)?(?:[\p{L}'’-]+\s+){0,4}?${CEREMONY_NOUNS}\b(?=[^.;]{0,60}?\b(?:in|at)\s+(?:the\s+)?\p{Lu})`, 'u') },
  { name: 'was-in-place', type: 'visit', re: /(?<=\p{L}\s+)(?:was|were)\s+in\s+(?=\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?(?:\s*[,.;]|\s+(?:on|last|earlier|this|for\s+(?:talks|a\s+visit|meetings?)|to\s+(?:meet|attend|sign|discuss|hold))\b))/u },
  { name: 'toured', type: 'visit', re: /\btour(?:ed|s)\s+(?=(?:the\s+|a\s+)?\p{L})/u },
  { name: 'went-to-place', type: 'visit', re: /\b(?:went|came|goes|comes)\s+to\s+(?=(?:the\s+)?\p{Lu}[\p{L}-]+(?![\p{L}-])(?!['’]s\s))(?!(?:the\s+)?(?:UN|United\s+Nations|Security\s+Council|ICJ|International|Supreme|High\s+Court|Court|Parliament|Senate|Congress)\b)/u },
];

/**
 * Rule "aid promised": "The US promised Ukraine more air defences", "Germany committed 5 billion euros to Ukraine",
 * "agreed to send more systems", "approved the sale of F-16 parts": help promised or cleared for another state (CAMEO
 * 03, as pledges are). "promised a swift response" is a threat and "committed war crimes" no aid.
 */
export const AID_ACT_CUES: VerbCue[] = [
  { name: 'promised-aid', type: 'intent_to_cooperate', re: new RegExp(String.raw`\b(?=promised|pledged|offered|committed|granted)${NOT_ATTRIBUTIVE}(?:promised|pledged|offered|committed|granted)\s+${TIME_BEFORE_OBJECT}(?:(?:the\s+)?\p{Lu}[\p{L}'’.-]*\s+){0,2}?(?:(?!(?:to|for|of|on|in|at|with|by|that|its\s+condolences)\b)[\p{L}\d$€£.,'’-]+\s+){0,5}?${AID_NOUNS}\b`, 'u') },
  { name: 'agreed-to-supply', type: 'intent_to_cooperate', re: /\bagreed\s+to\s+(?:send|provide|supply|deliver|give|transfer|fund|finance|sell|lend|loan)\b|\bapprov(?:ed|es)\s+(?:an?\s+|the\s+)?(?:[\p{L}$\d.,-]+\s+){0,2}?(?:sale|transfer|delivery|deliveries|export|shipment)s?\s+of\b/iu },
];

/**
 * Rule "a probe taken up": "the NIA took over the probe", "prosecutors opened a criminal case", "police registered a
 * case over the blast", "the agency is probing the attack": an inquiry begun, taken over or under way (CAMEO 09).
 * "filed a case at the court" is a suit, and "probing Ukraine's defences" a test of force.
 */
export const INVESTIGATE_ACT_CUES: VerbCue[] = [
  { name: 'took-over-probe', type: 'investigation', re: /\b(?:took|takes|taking|has\s+taken|had\s+taken)\s+over\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:probe|investigation|inquiry|case)\b/iu },
  { name: 'opened-a-case', type: 'investigation', re: /\b(?:opened|registered|initiated|launched)\s+(?:an?\s+)?(?:criminal\s+(?:case|cases|proceedings|investigation)|FIRs?|first\s+information\s+reports?|cases?(?=\s+(?:into|over|against|under|in\s+connection)\b))\b/iu },
  { name: 'probed-incident', type: 'investigation', re: /\b(?:(?:is|are|was|were|has\s+been|have\s+been)\s+(?:now\s+|also\s+)?probing|probed|investigated)\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}-]+\s+){0,2}?(?:attacks?|blasts?|strikes?|explosions?|crash(?:es)?|killings?|incidents?|deaths?|sabotage|leaks?|breach(?:es)?|bombings?|shootings?|massacre|murders?|allegations?|role|links?)\b/iu },
];
