import type { VerbCue } from './event-cues';
import { ACCUSE_VERBS, BY_PHONE, CALL_VERBS, CLAIM_NOUNS, EXTEND_VERBS, FALSE_WORDS, MEET_VERBS, PHONE_VERBS, REJECT_VERBS, RESTRICTION_NOUNS, SITTING_NOUNS, WARNING_NOUNS } from '../lexicon/act-verbs';

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
  { name: 'reached-by-phone', type: 'phone_call', re: new RegExp(String.raw`\b(?:${CALL_VERBS}|contact(?:s|ed|ing)?|reach(?:es|ed|ing)?)${CALLED_OBJECT_THEN_MEDIUM}`, 'i') },
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

/** "The council gathered for its regular session", "the envoys convened for talks in Rome": members coming together for a sitting. */
export const MEET_ACT_CUES: VerbCue[] = [
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

/** "issued a stern warning to Pakistan", "delivered an ultimatum to Kyiv": a warning given to a party, named after it (a flood warning to residents is none). */
export const THREAT_ACT_CUES: VerbCue[] = [
  { name: 'issued-warning-to', type: 'threat', re: new RegExp(String.raw`\b(?:issu(?:ed|es|ing)|gave|giv(?:es|ing)|deliver(?:ed|s|ing)|sent|sound(?:ed|s|ing))\s+(?:an?\s+|the\s+|its\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+){0,2}?${WARNING_NOUNS}\s+(?:to|against)\s+(?=(?:the\s+)?\p{Lu})`, 'u') },
];
