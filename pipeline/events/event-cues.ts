import type { Channel, EventType } from '../../src/shared/schema';
import { MONTH_WRITTEN_OUT, WEEKDAY_WRITTEN_OUT } from '../lexicon/calendar-words';
import { NOT_A_RELATIVE_SAYING } from '../lexicon/reporting-verbs';
import { describingWords } from '../lexicon/describing-words';
import { OTHER_SENSE_OF_FORCE } from '../lexicon/other-senses';
import { WAR_OPENING_VERBS } from '../lexicon/act-verbs';
import { AFTER_THE_ONE_CALLED, PERSON_HEAD } from '../lexicon/person-objects';
import { MEASURE_CUES } from './measure-cues';
import { AGREEMENT_TOLD_CUES, CALLED_OFF_CUES, PROPOSAL_CUES } from './plan-and-agreement-cues';
import { OFFER_CUES } from './offer-cues';
import { TRUCE_KEPT_CUES } from './truce-kept-cues';
import { EVENT_NOUN_CUES } from './event-noun-cues';
import { NOUN_SUBJECT_CUES } from './event-noun-subjects';
import { ADJUNCT_CUES } from './adjunct-cues';
import { PLAN_NOUN_CUES } from './with-plan';
import { GERUND_OF_TIME_CUES } from './gerund-of-time';
import { CONTACT_OBJECT_CUES } from './contact-object-cues';
import { CONTACT_TOLD_CUES, OWNED_CALL_CUES } from './contact-told-cues';
import { PRESS_AUDIENCE } from '../lexicon/press-audience';
import { LONG_SITTING_CUE, SITTING_CUES } from './sitting-cues';
import { ACCUSE_ACT_CUES, AID_ACT_CUES, MEDIATE_ACT_CUES, APPEAL_ACT_CUES, CRITICISE_ACT_CUES, FORCE_ACT_CUES, INVESTIGATE_ACT_CUES, MEET_ACT_CUES, PHONE_ACT_CUES, REDUCE_ACT_CUES, REJECT_ACT_CUES, SANCTION_ACT_CUES, THREAT_ACT_CUES, VISIT_ACT_CUES } from './act-verb-cues';
import { SENT_DELEGATES } from '../lexicon/lists-of-people';
import { ARRIVAL_CUES } from './arrival-cues';
import { HALT_AGREED_CUES } from './halt-agreed-cues';
import { STOP_VERB, THE_FIGHTING } from '../lexicon/fighting-words';
import { SANCTIONS_TO_COME_CUES } from './sanctions-to-come-cues';
import { SITTING_ATTENDED_CUES, NOT_ITS_OWN_SITTING } from './sittings-attended-cues';
import { BEFORE_PROMISED_INFINITIVE, ONGOING_MARKER, PLANNED_MARKER } from '../lexicon/tense-words';

/** A named cue: words that report one type of event. Each has a sentence it must match and one it must not, in event-cues.test.ts. */
export interface VerbCue {
  name: string;
  type: EventType;
  re: RegExp;
  /**
   * The cue names the event by itself, with no subject ("the swap began", "militants opened fire"): 'both-sides'
   * when it is between the crisis's two parties, 'named' when its states are the ones its clause names, 'between'
   * when they are the ones named after it ("a meeting between the Ukrainian delegation and British advisers").
   */
  subjectless?: 'both-sides' | 'named' | 'between';
  /** Only with two or more parties as subject ("the two ministers spoke", "India and Pakistan halted"): one person who "spoke" made a speech. */
  plural?: boolean;
  /** Taking part in a contact told before ("X also took part"): the subject joins that contact's participants. */
  joins?: boolean;
  /** The cue frames its clause ("In a call on Friday, X told Y"): the people the clause names after it take part. */
  frame?: boolean;
  /** Told in an adjunct of time beside the main clause ("following a summit in Paris"): none of that clause's people or states act in it. */
  adjunct?: boolean;
  /** Told in the passive ("the envoy was summoned"): a state named before the verb is acted on, not acting. */
  passive?: boolean;
  /** The event is about the person named after the verb ("the cabinet promoted General X"): they are its actor. */
  objectActs?: boolean;  /** A verdict on words, told as what someone said ("said the accusation was a lie"): the act is its teller's. */
  tellersVerdict?: boolean;
}

/**
 * "During his conversation with journalists", "after a conversation with reporters": talking to the press is a saying
 * (the statement cues read it), not a call with anyone.
 */
const NOT_WITH_THE_PRESS = String.raw`(?!\s+(?:with\s+)?(?:the\s+)?(?:[\w-]+\s+)?${PRESS_AUDIENCE}\b)`;

/**
 * Modifiers between a verb and its noun ("agreed to a full and immediate ceasefire", "proposed an immediate, limited
 * 30-day truce"): up to three words, joined by "and" or a comma.
 */
const MODS = String.raw`(?:an?\s+|the\s+|their\s+|its\s+|his\s+|her\s+)?(?:[\w-]+,?\s+(?:and\s+)?){0,3}?["“‘']?`;
const TALKS = String.raw`(?:talks|negotiations|consultations|dialogue|discussions)`;
const ATTACK_NOUN = String.raw`(?:counter-?)?(?:attacks?|strikes?|airstrikes?|assault|offensive|operation|bombardment|raids?|barrage)`;

/** A reply that is a blow ("a befitting reply", "a crushing answer"): told by its adjective, as a reply alone is none. */
export const STRONG_REPLY = String.raw`(?:befitting|fitting|strong|firm|forceful|crushing|decisive|swift|resolute|harsh|severe|robust|tough|full-?(?:force|scale))\s+(?:reply|response|answer|retaliation)\b`;

/** Those a vow of retribution pursues: "the terrorists", "those responsible", "the attackers". */
const PURSUED = String.raw`(?:terrorists|attackers|perpetrators|killers|militants|gunmen|culprits|assailants|those\s+(?:responsible|behind|who))\b`;


/**
 * "agreed to halt attacks on energy sites", "ordered a halt to military strikes", "renewed the truce on energy strikes", "deter Russia from regrouping and
 * launching new attacks", "called on Putin to stop the shelling": an attack that someone halts, stops, suspends or
 * prevents is what did not (or is not to) happen, not an incident. The words before an attack's noun or verb: the
 * halting verb (or its noun and "to", "on", "of" or "in"; "deter" and "keep" with whom they hold back and "from"),
 * then up to three words of modifiers, after a gerund joined by "and" ("from regrouping and launching"). Not denied
 * ("did not stop shelling" tells shelling that went on); "halted its advance and launched" is no gerund.
 */
export const HALTED_BEFORE = /(?<!(?:\bnot|n['’]t|\bnever|\brefused\s+to|\brefuses\s+to|\bfailed\s+to|\bfails\s+to)\s+)\b(?:halt(?:s|ed|ing)?|stop(?:s|ped|ping)?|ceas(?:e|es|ed|ing)|suspend(?:s|ed|ing)?|paus(?:e|es|ed|ing)|refrain(?:s|ed|ing)?\s+from|(?:an?|the|its|their)\s+(?:[\w-]+\s+)?(?:halt|pause|moratorium|suspension|cessation|truce|ceasefire)\s+(?:to|on|of|in)|an\s+end\s+to|(?:deter|keep|stop|prevent)(?:s|red|ring|ped|ping|ed|ing)?\s+(?:[\w-]+\s+){1,3}?from|prevent(?:s|ed|ing)?)\s+(?:[\p{L}-]+ing\s+and\s+)?(?:(?:all|any|further|new|its|their|the|possible|future)\s+)?(?:[\p{L}-]+\s+){0,3}$/iu;

/**
 * An agreement, deal or decision to stop the fighting (an "understanding" is understanding-to-halt's), named as a noun ("an agreement to cease all firing",
 * "a deal on Saturday to halt military actions"): up to three words (a date) between the noun and its "to".
 */
const STOP_FIGHTING_NOUN = String.raw`(?:agreement|decision|deal|accord)\s+(?:[\w-]+\s+){0,3}?to\s+${STOP_VERB}\s+${THE_FIGHTING}`;

/**
 * Rule "a call described": "in a quick call", "during a 90-minute phone conversation", "in two separate calls": up to
 * two words that describe a call (none a preposition or "to": "in a bid to call" is no call).
 */
const CALL_DESCRIBED = describingWords(2);

/**
 * Verb cues of each event type, most specific first: a clause reports one event per cue that matches, and where two
 * cues overlap the earlier rule in this table claims the words ("ready to meet" is an intent, not a meeting).
 */
export const VERB_CUES: VerbCue[] = [
  // "mediated the exchange": the mediator's act, before the cues of the act mediated.
  ...MEDIATE_ACT_CUES,
  // Acts on plans and agreements: a plan called off (before "called ... summit" is read as holding one), an agreement
  // told in the passive or as a noun, a proposal accepted or put forward.
  ...CALLED_OFF_CUES,
  ...AGREEMENT_TOLD_CUES,
  ...PROPOSAL_CUES,
  // Events told in an adjunct of time beside the main act (adjunct-cues.ts): "after two days of talks in Riyadh".
  ...ADJUNCT_CUES,
  // A halt to the fighting agreed or decided, with or without the word "ceasefire" (halt-agreed-cues.ts, round x21).
  ...HALT_AGREED_CUES,
  // Ceasefires: agreeing, declaring, violating or extending one, or a halt to firing agreed as an "understanding".
  { name: 'agreed-to-ceasefire', type: 'ceasefire', re: new RegExp(String.raw`\bagreed\s+(?:to|on|upon)\s+${MODS}(?:ceasefire|truce|cessation)|\bagrees?\s+(?:to|on)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:ceasefire|truce)\b|\bagreed\s+to\s+(?:continue|maintain|extend|uphold|observe)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:understanding|ceasefire|truce|cessation)\b`, 'i') },
  // "Pakistan violated the ceasefire on Wednesday night", "breached the truce within hours": breaking a ceasefire is an
  // act of force by whoever broke it, not a ceasefire (before declared-ceasefire, which would claim the noun).
  { name: 'violated-ceasefire', type: 'military_action', re: new RegExp(String.raw`\b(?:violat(?:ed|es|ing)|breach(?:ed|es|ing))\s+${MODS}(?:ceasefire|truce)(?:\s+(?:agreement|deal|understanding))?\b`, 'i') },
  // Its gerund too ("shortly after announcing the ceasefire", "..., declaring a truce"): the act of whoever does it.
  { name: 'declared-ceasefire', type: 'ceasefire', re: new RegExp(String.raw`\b(?:announced|announces|announcing|declared|declares|declaring|agreed|signed|secured|sealed|brokered|broker|brokering|reached|extended|accepted|proposed|ordered|ordering)\s+${MODS}(?:ceasefire|truce)\b|\b(?:offered|proposed)\s+(?:(?:the\s+)?[\w-]+\s+)?(?:an?\s+|the\s+)?["“‘']?(?:[\w-]+\s+){0,2}?(?:ceasefire|truce)\b`, 'i') },
  { name: 'ceasefire-took-effect', type: 'ceasefire', subjectless: 'both-sides', re: /\b(?:ceasefire|truce)\s+(?:agreement\s+|deal\s+|understanding\s+)?(?:took\s+effect|came\s+into\s+effect|was\s+(?:agreed|announced|violated|extended|reached|brokered|initiated|sought|requested)|holds|has\s+been\s+extended)\b/i },
  { name: 'ceasefire-brokered', type: 'ceasefire', subjectless: 'both-sides', re: /\b(?:ceasefire|truce)(?:\s+(?:agreement|deal|understanding))?\s*,?\s*(?:was\s+)?(?:brokered|reached|agreed|announced|negotiated|declared|proposed|offered|ordered)\s+(?:by|through|between|on|with|after)\b/i },
  // "The ceasefire announcement on 10 May came ...": the agreement named as a noun with its own date.
  { name: 'ceasefire-on-date', type: 'ceasefire', subjectless: 'both-sides', re: new RegExp(String.raw`\b(?:ceasefire|truce)\s+(?:announcement|agreement|deal|understanding)\s+(?:on|of)\s+(?=\d|(?:${MONTH_WRITTEN_OUT}|${WEEKDAY_WRITTEN_OUT})\b)`, 'i') },
  { name: 'proposed-a-ceasefire', type: 'ceasefire', re: new RegExp(String.raw`\b(?:made|put\s+forward|tabled|presented|submitted|floated|unveiled)\s+${MODS}proposals?["”’']?\s+(?:for|of)\s+${MODS}(?:ceasefire|truce)\b`, 'i') },
  // "Putin ordered a halt to strikes on energy infrastructure", "announced a 30-day pause in attacks", "ordered the
  // army to stop firing", "agreed to a US proposal to suspend all attacks": a halt to the fighting named as such.
  { name: 'halt-to-attacks', type: 'ceasefire', re: new RegExp(String.raw`\b(?:ordered|orders|announced|declared|agreed\s+(?:to|on)|proposed|offered|accepted|extended|observed)\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:halt|pause|moratorium|suspension|cessation)\s+(?:to|on|of|in)\s+${THE_FIGHTING}|\bordered\s+(?:his|her|its|their|the)\s+(?:military|forces|troops|army|armed\s+forces)\s+to\s+(?:stop|halt|cease|suspend|pause)\s+${THE_FIGHTING}|\b(?:agreed\s+to|accepted)\s+(?:an?\s+|the\s+)(?:[\w.-]+\s+){0,2}?(?:proposal|plan|offer|request)\s+to\s+(?:stop|halt|cease|suspend|pause)\s+${THE_FIGHTING}`, 'i') },
  // "both sides had announced an agreement to cease all firing", "reached a deal on Saturday to halt military actions":
  // an agreement to stop the fighting, named as a noun, reached or announced.
  { name: 'agreement-to-stop-firing', type: 'ceasefire', re: new RegExp(String.raw`\b(?:announced|reached|struck|sealed|clinched|signed|brokered|hammered\s+out)\s+(?:an?\s+|the\s+|their\s+|its\s+)?(?:[\w-]+\s+){0,2}?${STOP_FIGHTING_NOUN}`, 'i') },
  { name: 'understanding-to-halt', type: 'ceasefire', re: /\b(?:announced|reached|arrived\s+at)\s+(?:an?\s+|the\s+)?(?:mutual\s+)?understanding\b/i },
  // A truce agreed to be kept, or lengthened, in the forms the cues above do not read (truce-kept-cues.ts, round x20).
  ...TRUCE_KEPT_CUES,
  // Events told through their noun: a ceasefire reached or taking hold, an exchange agreed, the fighting halted.
  ...EVENT_NOUN_CUES,
  // Intent to cooperate: readiness, offers and agreements to do something together (an exchange, talks).
  // "is ready to talk", "said his country is \"ready to talk with India\"", a headline's "Pakistan ready for peace talks":
  // readiness, with or without its verb, and never the talks or a call themselves: "ready to hold consultations with
  // Polish authorities" claims its talks, which were offered, not held.
  { name: 'ready-for-talks', type: 'intent_to_cooperate', re: new RegExp(String.raw`(?:\b(?:is|was|are|were|am|stands?|remains?)\s+["“‘']?(?:\w+\s+)?)?\b(?<!-)(?:ready|willing|prepared|open)\s+(?:for\s+${MODS}${TALKS}|to\s+(?:meet|talk|negotiate|resume|hold|host)(?:\s+${MODS}${TALKS}(?:\s+with)?)?)`, 'i') },
  { name: 'signalled-readiness', type: 'intent_to_cooperate', re: /\b(?:expressed|signall?ed|voiced|indicated|reaffirmed|conveyed)\s+(?:\w+\s+)?(?:readiness|willingness|openness)\s+(?:to|for)\b/i },
  { name: 'offered-talks', type: 'intent_to_cooperate', re: new RegExp(String.raw`\b(?:offered|proposed|offers|proposes)\s+(?:[\w-]+\s+){1,3}?to\s+(?:mediate|meet|host)\b|\b(?:offered|proposed|suggested|offers|proposes)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:meeting|summit|face-to-face)\s+(?:with|between|in)\b|\b(?:offered|proposed|offers|proposes)\s+(?:\w+\s+)?(?:to\s+(?:resume|hold|start|open|meet|help|mediate)|${MODS}(?:rounds?\s+of\s+(?:[\w-]+\s+)?)?${TALKS}|(?:assistance|help|support)\s+(?:in|with)\s+(?:starting|holding|launching|opening|facilitating)\s+(?:["“‘]?[\w-]+["”’]?\s+){0,3}?${TALKS})`, 'i') },
  // Offers, proposals, invitations and readiness in the forms the cues above do not read, before the cues of sittings
  // and visits claim the sitting offered (offer-cues.ts, round x20).
  ...OFFER_CUES,
  { name: 'agreed-to-exchange', type: 'intent_to_cooperate', re: /\bagreed\s+(?:to|on)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:exchange|swap|deal|framework|plan|repatriation|return)\b|\bagreed\s+to\s+(?:work|cooperate|continue|resume|meet|restore|reopen|normali[sz]e)\b/i },
  { name: 'swap-under-way', type: 'intent_to_cooperate', subjectless: 'both-sides', re: /\b(?:swap|exchange)\b(?:[^.;]{0,60}?)\b(?:began|begins|started|took\s+place|(?:had\s+|has\s+)?(?:occurred|happened)|was\s+(?:completed|carried\s+out)|is\s+under\s*way|went\s+ahead)\b/i },
  // "The two sides exchanged 390 prisoners each", "Kyiv and Moscow swapped the bodies of fallen soldiers", "Russia and
  // Ukraine would each exchange 175 prisoners of war": an exchange of people (or their bodies), not of fire or words.
  { name: 'exchanged-prisoners', type: 'intent_to_cooperate', re: /\b(?:exchanged|swapped|traded|(?<!\b(?:a|an|the|this|that|its|their|another)\s+(?:[\w-]+\s+){0,2})swaps?)\s+(?:[\w,-]+\s+){0,4}?(?:prisoners|POWs|captives|detainees|bodies|soldiers|civilians)\b|\bexchange\s+(?:\d[\d,]*\s+)?(?:prisoners|POWs)\b|\b(?:exchang(?:e|es|ed|ing)|swap(?:s|ped|ping)?|trad(?:e|es|ed|ing)|hand(?:s|ed|ing)?\s+(?:back|over))\s+(?:(?:some|about|around|nearly|up\s+to|at\s+least|more\s+than|another|a\s+further)\s+)?(?:\d[\d,]*|[\w-]+)\s+(?:[\w-]+\s+)?(?:prisoners|POWs|captives|detainees|servicemen|soldiers)\b/i },
  // "Russia and Ukraine conducted a prisoner exchange", "carried out the largest swap of prisoners", "completed a body
  // swap": an exchange of people named as a noun after a verb of doing it.
  { name: 'conducted-an-exchange', type: 'intent_to_cooperate', re: new RegExp(String.raw`\b(?:conducted|carried\s+out|completed|held|made|implemented|staged)\s+${MODS}(?:(?:prisoner|prisoner-of-war|POW|body|bodies|captive)s?\s+(?:exchanges?|swaps?)|(?:exchanges?|swaps?)\s+of\s+(?:[\w-]+\s+)?(?:prisoners|POWs|captives|bodies|detainees))\b`, 'i') },
  // "dialogue between Moscow and Washington would continue at various levels": talks promised to go on are a
  // readiness, not talks held (the words between name who talks, with no verb of their own).
  { name: 'talks-will-continue', type: 'intent_to_cooperate', subjectless: 'named', re: new RegExp(String.raw`\b(?:${TALKS}|contacts)\s+(?:(?!(?:is|are|was|were|has|have|had|said|says)\b)[\w-]+\s+){0,5}?(?:would|will)\s+(?:\w+ly\s+)?(?:continue|go\s+on|carry\s+on)\b`, 'i') },
  // "Ukraine brought back from Russian captivity a group of ...", "the bodies of 900 soldiers were brought back": a
  // stage of an exchange, told by what came home. Round x21: "Kyiv brought home 84 soldiers", "another 307 soldiers came
  // home", "Ukraine received the bodies of 1,212 fallen soldiers", "handed Moscow the bodies of 27 soldiers".
  { name: 'back-from-captivity', type: 'intent_to_cooperate', subjectless: 'both-sides', re: /\b(?:brought\s+back|returned|came\s+back|freed|released)\s+(?:home\s+)?(?:[\w,-]+\s+){0,4}?from\s+(?:[\w-]+\s+)?captivity\b|\bbodies\s+of\s+(?:[\d,]+\s+)?(?:[\w-]+\s+){0,2}?(?:were|have\s+been|had\s+been)\s+(?:brought\s+back|returned|repatriated|handed\s+over)\b|\b(?:brought|bring|brings)\s+home\s+(?:[\w,-]+\s+){0,4}?(?:soldiers|servicemen|defenders|prisoners|POWs|captives|civilians)\b|\b(?:soldiers|servicemen|defenders|prisoners|POWs|captives)\s+(?:[\w-]+\s+){0,4}?(?:returned|came|were\s+brought)\s+home\b|\b(?:received|repatriated|handed\s+(?:over|back)|handed\s+(?:Moscow|Kyiv|Kiev|Ukraine|Russia))\s+(?:the\s+)?bodies\s+of\b/i },
  // "The two governments signed the minerals deal", "signed an agreement on joint investment": an agreement signed is
  // cooperation agreed (CAMEO 03); a ceasefire signed is the ceasefire cues', and "signed a letter" agrees to nothing.
  { name: 'signed-agreement', type: 'intent_to_cooperate', re: /\bsign(?:ed|s|ing)?\s+(?:an?\s+|the\s+|their\s+|its\s+|a\s+new\s+)?(?:(?!ceasefire\b|truce\b)[\w-]+\s+){0,3}?(?:deal|agreement|accord|pact|memorandum(?:\s+of\s+understanding)?|treaty|framework|MoU)s?\b/i },
  // "The 28-point proposal offered by the United States asked Ukraine to ...", "a peace plan put forward by Turkey": a
  // proposal told as the subject with its author after "by" is that author's offer, between the states its clause names.
  { name: 'proposal-offered-by', type: 'intent_to_cooperate', subjectless: 'named', re: /\b(?:proposals?|plans?|offers?|initiatives?|frameworks?|roadmaps?)\s*,?\s+(?:which\s+(?:was|were)\s+|(?:was|were)\s+)?(?:first\s+|initially\s+|originally\s+)?(?:offered|put\s+forward|presented|proposed|submitted|tabled|unveiled|floated|drafted|drawn\s+up)\s+by\b/i },
  { name: 'accepted-proposal', type: 'intent_to_cooperate', re: /\baccepted\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:proposal|offer|plan|invitation)\b/i },
  // A pledge of something given, not a promise about the war itself ("pledged he would end the war").
  { name: 'pledged-support', type: 'intent_to_cooperate', re: /\bpledged\s+(?:[\w-]+\s+){0,3}?(?:support|aid|assistance|help|systems|weapons|arms|funds|funding|troops|billion|million|to\s+(?:help|support|work|cooperate|provide|send|supply|contribute))\b|\boffered\s+(?:help|support|assistance)\b|\bextended\s+(?:(?:his|her|its|their|full|strong|firm|complete|unwavering)\s+|["“‘'](?=[\w\s]{1,25}support\b))*support\b/i },
  // A promise of help, not of a response ("promised a swift response" is a threat); "any promised assistance" is a noun.
  { name: 'promised-support', type: 'intent_to_cooperate', re: new RegExp(String.raw`(?<!\b(?:any|the|a|an|this|that|its|their|his|her|all)\s)\b(?:promised|vowed|committed)\s+(?:${BEFORE_PROMISED_INFINITIVE}to\s+(?:help|support|provide|send|supply|cooperate|work\s+with)|(?:more\s+|further\s+|new\s+|continued\s+|full\s+)?(?:support|aid|assistance|weapons|funding))\b`, 'i') },
  ...AID_ACT_CUES,
  // "branding it an 'unprecedented' attack", "called the incursion an act of aggression", "labelled the strike a war
  // crime": a characterisation that lays a hostile act at someone's door is an accusation (before described-as).
  { name: 'branded-an-attack', type: 'accusation', re: /\b(?:brand(?:ed|ing|s)?|call(?:ed|ing|s)?|label(?:l?ed|l?ing|s)?|term(?:ed|ing|s)?|describ(?:ed|ing|es))\s+(?:it|this|that|them|the\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:as\s+)?(?:an?\s+)?(?:["“‘']?[\w-]+["”’']?,?\s+){0,2}?(?:attack|aggression|provocation|incursion|act\s+of\s+(?:aggression|war|terror(?:ism)?|sabotage)|war\s+crimes?|terrorist\s+act|terror\s+attack)\b/i },
  // "described the talks as useful": a characterisation is a statement about the thing, which is its topic, not an event.
  { name: 'described-as', type: 'statement', re: /\b(?:[Dd]escribed|[Cc]haracteri[sz]ed|[Hh]ailed|[Bb]randed|[Ll]abell?ed|[Pp]ortrayed|[Dd]epicted)\s+(?:it|this|that|them|him|(?:the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?[\w-]+|\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,4})\s+as\b/u },
  // Contacts.
  // Calls paid in person, contact kept up, views exchanged by phone, a possessor's call (contact-told-cues.ts, round x21).
  ...CONTACT_TOLD_CUES,
  // "following a telephone conversation between Putin and Trump": a call named with its two parties after it.
  { name: 'call-between', type: 'phone_call', subjectless: 'between', re: /\b(?:(?:phone|telephone|video)\s+(?:call|conversation|talks)|phone\s+talks)\s+between\b/i },
  // "the US discussions with Ukraine on Sunday": talks named as a noun with the other party; who held them is the
  // clause's subject or the state before the noun.
  // "negotiations with the Ukrainian side, which are scheduled to take place on June 2": talks whose time is told in a
  // relative clause after them, planned by it (before "discussions with", which would claim the noun).
  { name: 'talks-scheduled', type: 'negotiation', subjectless: 'both-sides', re: new RegExp(String.raw`\b${TALKS}(?:\s+[\w-]+){0,6}?\s*,\s*which\s+(?:are|is|were|was)\s+(?:due|set|scheduled|expected|planned|slated)\s+to\s+(?:take\s+place|be\s+held|begin|start|open|resume)\b`, 'i') },
  { name: 'discussions-with', type: 'negotiation', re: /\b(?:discussions|negotiations|consultations)\s+with\b/i },
  // "The Russian side handed over to Ukraine a so-called memorandum", "Umerov handed over to the head of the Russian
  // delegation, X, a document", "Kyiv passed its draft to the mediators", "the Ukrainian side handed the Russian
  // delegation a list" (the other side before the paper, with no "to"): one side's paper handed to the other is a step
  // of the talks. Told in the past (the other party may come first, after "to"); "should hand over the memorandum" is a
  // demand, and "the memorandums they handed over" names the papers, not the handing. The cue is the verb alone, so
  // that the party named after it takes part.
  { name: 'handed-over-document', type: 'negotiation', re: /\b(?:handed(?:\s+over)?|hands\s+over|passed(?:\s+on)?|delivered|transmitted)(?=\s+(?:to\s+[^.;:!?"“”]{1,80}?\s+|the\s+(?:[\w-]+\s+)?(?:delegation|side|team|mediators?)\s+)?(?:an?\s+|the\s+|its\s+|their\s+|his\s+|her\s+|our\s+)?(?:so-called\s+)?["“‘']?(?:[\w-]+\s+){0,2}?(?:memorand(?:um|ums|a)|documents?|list\s+of|draft(?:\s+(?:agreement|treaty|proposals?))?|proposals|roadmap|peace\s+plan|position\s+paper)\b)/i },
  // "spoke over the hotline", "established contact through a hotline", "hotline talks", "a hotline discussion" (round
  // x21): a hotline is a call.
  { name: 'talks-via-hotline', type: 'phone_call', re: new RegExp(String.raw`\b(?:${TALKS}|spoke|talked|spoken|conversation|contact|communication)\s+(?:via|over|on|through|using)\s+(?:the\s+|a\s+)?(?:established\s+|dedicated\s+|military\s+)?hotline|\bhotline\s+(?:calls?|conversations?|talks?|contact|discussions?|exchanges?)`, 'i') },
  // "held phone talks with X", "holds telephone talks", "talks by phone": talks held by telephone are a call, whatever
  // else held-talks (below) would call them; its place before held-talks is what claims the words.
  { name: 'phone-talks', type: 'phone_call', re: new RegExp(String.raw`\b(?:held|hold|holds|holding|had|has|have)\s+(?:an?\s+|the\s+|their\s+|his\s+|her\s+)?(?:[\w-]+\s+)?(?:phone|telephone|telephonic|video)\s+(?:${TALKS}|conversations?)\b|\b${TALKS}\s+(?:by|over\s+the|on\s+the)\s+(?:tele)?phone\b`, 'i') },
  { name: 'held-consultations', type: 'meeting', re: /\b(?:held|hold|holds|began|begin|commenced|convened|opened)\s+(?:an?\s+|the\s+|its\s+)?(?:[\w-]+\s+){0,2}?consultations\b/i },
  { name: 'led-talks', type: 'negotiation', re: new RegExp(String.raw`\b(?:headlin(?:es|ed|ing)|lead(?:s|ing)?|led|head(?:s|ed|ing))\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?${TALKS}\b`, 'i') },
  // "held nearly five hours of talks", "held three days of negotiations": a length of talks is talks held.
  { name: 'held-talks', type: 'negotiation', re: new RegExp(String.raw`\b(?:held|hold|holds|holding|had|began|begin|opened|resumed|concluded|wrapped\s+up|commenced)\s+(?:${MODS}(?:rounds?\s+of\s+)?|(?:(?:nearly|almost|about|around|some|over|more\s+than|at\s+least)\s+)?[\w-]+\s+(?:hours?|days?)\s+of\s+(?:[\w-]+\s+)?)(?:${TALKS}|round\s+of\s+${TALKS})`, 'i') },
  // Speaking to reporters or the press is a saying, not a call; "the talk with" is a noun, named by its determiner.
  // "spoke about his visit to Kyiv": a "to" in what was spoken of names no one spoken to ("talked about it with X" does).
  { name: 'spoke-with', type: 'phone_call', re: /\b(?:(?:spoke|speaks|speak|speaking|spoken|talked|(?<!\b(?:the|a|an|their|his|her|this|that)\s)talk|talking|phoned|dialled|dialed)\s+(?:[\w.]+\s+){0,3}?(?:with|(?<!\b(?:about|of)\s+(?:[\w.]+\s+){0,2})to)(?!\s+(?:the\s+)?(?:reporters|journalists|the\s+press|press|media|the\s+media|(?:[\w-]+\s+)?(?:media|press|television|TV|broadcaster|newspaper|agency)|the\s+nation|parliament|lawmakers|students|supporters|crowds?)\b)|(?:held|had|holds)\s+(?:an?\s+)?(?:phone|telephone)\s+(?:call|conversation|talks)|(?:phone|telephone)\s+(?:call|conversation)s?\s+with|(?:spoke|talked)\s+(?:about|on)\s+[^.;]{0,100}?\s+with\s+(?:his|her|their)\s+(?:[\w-]+\s+){0,3}?counterparts?)\b/i },
  // "In a phone call on Friday, X urged Y ...", "X urged calm in separate calls with A and B": the call frames its
  // clause, whose people are its participants ("in calls for calm", "calls to end the war" are appeals, not calls).
  { name: 'in-a-call', type: 'phone_call', frame: true, re: new RegExp(String.raw`\b(?:in|during)\s+(?:(?:both|the|a|an|their|his|her)\s+)?${CALL_DESCRIBED}(?:(?:phone|telephone|video)\s+)?(?:calls?|conversations?)\b(?!\s+for\b|\s+to\s+\w+\s+(?:the|an?|its|their|his|her|our)\b)${NOT_WITH_THE_PRESS}`, 'i') },
  // "Trump issued the threat during Rutte's visit to the White House": the visit frames its clause, whose subject met the visitor.
  { name: 'during-a-visit', type: 'meeting', frame: true, re: /\b(?:during|at)\s+(?:[\p{Lu}][\p{L}.-]*\s+){0,6}?[\p{Lu}][\p{L}-]*['’]s\s+(?:[\w-]+\s+)?visit\b/u },
  // "agreed on a swap at their second round of talks": the talks frame the clause, whose people held them.
  { name: 'at-the-talks', type: 'negotiation', frame: true, re: new RegExp(String.raw`\b(?:at|during)\s+(?:their|the|its|a)\s+(?:[\w-]+\s+){0,2}?(?:rounds?\s+of\s+)?(?:${TALKS}|negotiating\s+session)\b(?!\s+(?:on|about|over)\b)`, 'i') },
  // "During a meeting with Rutte, Trump said ...": a meeting that frames its clause. Its party may follow a word or
  // three on when or how it was held ("in a meeting televised Saturday with his army chief"); or the meeting is told by
  // its place (and day) as the frame of what follows ("In a meeting in the Kremlin, Putin told Xi ..."), its people
  // those the clause names. A meeting "of" something names a body, no party.
  { name: 'during-a-meeting', type: 'meeting', frame: true, re: /\b(?:[Dd]uring|[Aa]t|[Ii]n)\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+)?(?:meeting|talks|summit)(?:(?:\s+(?!of\b)[\w-]+){0,3}?\s+with\b|\s+(?:in|at)\s+(?:the\s+)?\p{Lu}[\p{L}-]+(?:\s+[\p{L}\d-]+){0,3}?\s*,)/u },
  LONG_SITTING_CUE,
  // "on" a day is when they spoke ("will speak on Monday"), "on" a subject what about.
  { name: 'spoke-together', type: 'phone_call', plural: true, re: new RegExp(String.raw`\b(?:spoke|spoken|talked|conferred|(?:will|would|to)\s+(?:talk|speak)(?:\s+again)?|(?:speak|talk)(?=\s+(?:by|over\s+the|on\s+the)\s+(?:tele)?phone\b))\b(?!\s+(?:about|of|on(?!\s+(?:${WEEKDAY_WRITTEN_OUT}|${MONTH_WRITTEN_OUT}|\d))|to|with|at\s+(?:a|the|an)\s+(?:joint\s+)?(?:press|news))\b)`, 'i') },
  { name: 'called-up', type: 'phone_call', re: /\b(?:called\s+up|rang|telephoned)\b/i },
  // "Vance called Modi.", "she called Sharif on Friday", "X called Y, warning of an attack": a call to a named person,
  // not a name given ("called Putin a liar") nor a call for something ("called for calm"): the name ends its clause, a
  // time or place word follows, or a participle after a comma tells what the call said.
  // The name may carry its office and titles ("called External Affairs Minister Dr. S. Jaishankar and ...").
  // The news present ("Trump calls Putin, discusses truce") as well: a headline's name ends its line or is followed by
  // the next present verb after a comma. The gerund only in a phrase of time ("a day after calling Putin",
  // gerund-of-time.ts), where it has the main clause's subject.
  { name: 'called-person', type: 'phone_call', re: new RegExp(String.raw`\b(?:called|calls|(?<=\b(?:after|before)\s+)calling)(?=\s+(?:[A-Z][\w.'’-]+\s+){0,6}?(?!(?:Dr|Mr|Mrs|Ms|Gen|Lt|Col|Maj|Sen|Rep|Prof)\.)[A-Z][\w-]+(?:${AFTER_THE_ONE_CALLED}|,\s+[a-z]+s\b|[ \t]*$))`, 'm') },
  // "X received a telephone call from Y": the caller named after "from" takes part as much as the one called.
  { name: 'received-a-call', type: 'phone_call', re: /\b(?:received|receives|receiving|took|got)\s+(?:an?\s+)?(?:(?:phone|telephone|video)\s+)?call\s+from\b/i },
  ...PHONE_ACT_CUES,
  // "the two commanders have maintained periodic contact since May 10": contact kept up between two or more parties
  // (one person who "kept in touch" with no one named says nothing of whom).
  { name: 'kept-in-contact', type: 'phone_call', plural: true, re: /\b(?:maintained|kept|kept\s+up|remained\s+in|stayed\s+in|been\s+in)\s+(?:[\w-]+\s+)?(?:contact|touch)\b/i },
  // "the two commanders had engaged on three days", "are expected to interact again": contact between two or more
  // parties with no medium told (one person who "engaged" someone, or "engaged in" something, is not it).
  { name: 'engaged-together', type: 'negotiation', plural: true, re: /\b(?:engaged|interacted|(?:will|would|to)\s+(?:engage|interact))\b(?:\s+again)?(?!\s+(?:in|with|about|over|the|a|an|his|her|their|its|on\s+(?:the|a|an|his|her|their|its|this|that))\b)/i },
  { name: 'call-with', type: 'phone_call', re: /\b(?:held|had|holds|has|joined)\s+(?:an?\s+)?(?:["“‘]?[\w-]+,?["”’]?\s+){0,3}?(?:calls?|video\s*conferences?|videoconferences?)\s+with\b|\bdiscussed\s+(?:[\w-]+\s+){0,6}?(?:by|over\s+the|on\s+the)\s+(?:phone|telephone)\b/i },
  // "after a call with Putin last week", "following his phone conversation with X": the call itself, told as the
  // occasion of the clause; its subject is the clause's.
  // "Following the conversation with Trump, the Polish Prime Minister admitted ...": "the" call is one the article told
  // before; its subject took part in it (folded into it), rather than holding another.
  { name: 'after-the-call', type: 'phone_call', joins: true, re: new RegExp(String.raw`\b(?:[Aa]fter|[Ff]ollowing)\s+the\s+(?:(?:phone|telephone|video)\s+)?(?:call|conversation)\s+with\b${NOT_WITH_THE_PRESS}`) },
  { name: 'after-a-call', type: 'phone_call', re: new RegExp(String.raw`\b(?:after|following|since|before)\s+(?:an?|the|his|her|their|its)\s+(?:[\w-]+\s+)?(?:(?:phone|telephone|video)\s+)?(?:call|conversation)\s+with\b${NOT_WITH_THE_PRESS}`, 'i') },
  // The talks as the subject, told happening or to happen, or failing at something ("the talks on May 16 failed to
  // reach a deal": held, not "failed to take place"); the words between name them ("talks between the two
  // delegations at a palace in Istanbul on June 2 ended"): words with no punctuation and no verb of their own
  // between (the cap of twenty only bounds the search; a comma or a stop ends the noun phrase first). The perfect of
  // reported speech too ("said that two days of talks with the Russian side had ended in Geneva", round x20).
  { name: 'talks-took-place', type: 'negotiation', subjectless: 'both-sides', re: new RegExp(String.raw`\b(?:${TALKS}|conversation|round\s+of\s+${TALKS})\s+(?:(?!(?:is|are|was|were|has|have|had|said|says)\b)[\w-]+\s+){0,20}?(?:(?:had|has|have)\s+(?=(?:ended|concluded|begun|taken\s+place|been\s+held)\b))?(?:took\s+place|taken\s+place|been\s+held|were\s+held|was\s+held|ended|concluded|began|begun|failed\s+to\s+(?!(?:materiali[sz]e|take\s+place|happen|start|begin|open|go\s+ahead)\b)|(?:will|would)\s+(?:take\s+place|be\s+held|begin|start|open|resume)|(?:is|are)\s+(?:due\s+|set\s+|scheduled\s+)?to\s+(?:take\s+place|be\s+held|begin|start|open|resume))\b|\b${TALKS}\s*,\s*(?:which\s+were\s+)?held\s+(?:in|at|on)\b`, 'i') },
  // "The UN Security Council will convene on Friday at Poland's request", "NATO allies met in Brussels": a sitting of an
  // international body, which names no person; held by the states its clause names. Case-sensitive: the body's name.
  // "The North Atlantic Council is meeting today", "the Security Council is scheduled to hold a closed-door
  // consultation": the sitting going on, and one held as consultations (not "is meeting resistance").
  { name: 'institution-convenes', type: 'meeting', subjectless: 'named', re: /\b(?:(?:Security|European|North\s+Atlantic|Human\s+Rights)\s+Council|General\s+Assembly|NATO(?:\s+(?:allies|ambassadors|members))?|G7|G20|OSCE)\s+(?:(?:will|would|(?:is|was)\s+(?:due\s+|set\s+|scheduled\s+|expected\s+)?to)\s+)?(?:(?:also|again|then)\s+)?(?:convened?|convenes|convening|met|meets|meet|(?:is|are)\s+(?:now\s+|also\s+)?meeting|(?:held|holds|hold)\s+(?:an?\s+)?(?:[a-z-]+\s+){0,2}?(?:meeting|session|consultations?))\b(?!\s+(?:with\s+)?(?:resistance|opposition|criticism|demands?|targets?|expectations|needs)\b)/ },
  { name: 'meeting-expected', type: 'meeting', subjectless: 'named', re: /\b(?:meeting|summit|talks)\s+(?:[\w-]+\s+){0,8}?(?:is|are|was|were)\s+(?:now\s+)?(?:expected|scheduled|set|due|planned|slated)\b(?:\s+to\b)?/i },
  { name: 'meeting-between', type: 'meeting', subjectless: 'between', re: /\b(?:meetings?|summits?)\s+between\b/i },
  // A sitting attended (sittings-attended-cues.ts, round x21), before the sitting is read as a gathering of its day.
  ...SITTING_ATTENDED_CUES,
  // "The meeting followed a summit in Paris on April 17": a gathering named as a noun, pinned down by its own date (and
  // maybe its place); held by the states its clause names; not one
  // skipped, missed, boycotted or attended (NOT_ITS_OWN_SITTING), which is no sitting its subject held.
  // A press or news conference is a briefing (a saying's setting), not a sitting of the parties.
  { name: 'gathering-on-date', type: 'meeting', subjectless: 'named', re: new RegExp(String.raw`(?<!\b${NOT_ITS_OWN_SITTING}\s+)\b(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:summit|meeting|(?<!\b(?:news|press|media)\s)conference|gathering)\s+(?:in\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+)?(?:on|of)\s+(?=\d|(?:${MONTH_WRITTEN_OUT}|${WEEKDAY_WRITTEN_OUT})\b)`, 'i') },
  // "The vote followed direct talks between the two delegations in Geneva on Friday", "after negotiations in Doha on 3
  // June": talks that came before the clause's news, named as a noun and pinned down by their own date (after who held
  // them and where); held by the states its clause names. Undated ("talks between the two sides are possible") they are
  // a topic; after a verb ("offered to resume direct talks on May 15") they are what the verb wants; after a possessive
  // ("after their discussions in Geneva on Sunday") they are the subject's own, told already. Told in an adjunct beside
  // the main clause (adjunct-cues.ts), they are held by the parties their own words name, not by that clause's subject.
  { name: 'talks-on-date', type: 'negotiation', subjectless: 'named', adjunct: true, re: new RegExp(String.raw`(?<=\b(?:followed|follows|following|after|since|ahead\s+of|in\s+the\s+wake\s+of)\s+(?:(?:a|an|the)\s+)?(?:(?!(?:their|its|his|her|our|my|your)\b)[\w-]+\s+){0,3}?)\b${TALKS}\s+(?:between\s+(?:(?!on\b)[\w'’-]+\s+){1,6}?)?(?:(?:in|at)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+)?on\s+(?=\d|(?:${MONTH_WRITTEN_OUT}|${WEEKDAY_WRITTEN_OUT})\b)`, 'i') },
  // "The second meeting of the delegations took place in Istanbul": a meeting told happening, with no subject.
  { name: 'meeting-took-place', type: 'meeting', subjectless: 'both-sides', re: /\b(?:meeting|summit)\s+(?:(?!(?:is|are|was|were|has|have|had|said|says)\b)[\w-]+\s+){0,8}?(?:took\s+place|was\s+held|ended|concluded|began)\b/i },
  // Plans told by their noun and a participle ("a second round planned for next week", with-plan.ts), after the cues
  // of talks and meetings told with their verb of tense ("are due to take place"), which keep what they read.
  ...PLAN_NOUN_CUES,
  // A journey told in a gerund of time ("before flying to Rome", gerund-of-time.ts).
  ...GERUND_OF_TIME_CUES,
  // "The briefing of the leaders took place in Delhi yesterday": a gathering told as the subject, held by the states named.
  { name: 'gathering-took-place', type: 'meeting', subjectless: 'named', re: /\b(?:meeting|briefing|summit|session)\s+(?:(?!(?:is|are|was|were|has|have|had|said|says)\b)[\w-]+\s+){0,6}?(?:took\s+place|was\s+held|were\s+held)\b/i },
  ...MEET_ACT_CUES,
  // "It was drawn up at a meeting in Miami attended by A, B and C", "talks attended by the two envoys": a sitting named
  // with the people who attended it after "attended by" (no "was": that is attended-by's, which joins one told before).
  // Rule "the sitting of a day, attended by": "The talks in Istanbul on Monday were attended by A, B and C": a sitting
  // named with its place and its day, then the people who attended it (as meeting-attended-by, a day between).
  { name: 'sitting-of-a-day-attended-by', type: 'meeting', subjectless: 'between', re: new RegExp(String.raw`\b(?:meetings?|talks|summit|session|negotiations)\s+(?:(?:in|at)\s+(?:the\s+)?\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?\s+)?on\s+(?:${WEEKDAY_WRITTEN_OUT}|${MONTH_WRITTEN_OUT}\s+\d{1,2}|\d{1,2}\s+${MONTH_WRITTEN_OUT})\s+(?:(?:that\s+|which\s+)?(?:was|were)\s+)?attended\s+by\b`, 'u') },
  { name: 'meeting-attended-by', type: 'meeting', subjectless: 'between', re: /\b(?:meetings?|talks|summit|session|gathering|negotiations)\s+(?:(?:in|at)\s+(?:the\s+)?\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?\s+)?(?:(?:that\s+|which\s+)?(?:was|were)\s+)?attended\s+by\b/u },
  // "any attack would be met with force", "the plan was met with scepticism": met with after a form of "be" is how
  // something was received, not a meeting; "met the deadline", "met its targets" is a mark reached; "a meeting with
  // journalists" is a saying to the press (as NOT_WITH_THE_PRESS reads for calls).
  { name: 'met', type: 'meeting', re: /\b(?:met(?!(?<=\b(?:be|been|being|was|were|is|are)\s+met)\s+with\b)(?!\s+(?:(?:the|its|their|his|her|all|an?|this|that|every|our)\s+)?(?:[\w-]+\s+)?(?:deadlines?|targets?|goals?|criteria|conditions|demands|expectations|requirements|needs|quotas?|obligations|standards?|benchmarks?|thresholds?)\b)|meets|meet|meeting\s+with(?!\s+(?:the\s+)?(?:[\w-]+\s+)?(?:journalists|reporters|press|media|correspondents)\b)|sat\s+down\s+with|summit\s+with|talks\s+with|face-to-face\s+(?:meeting\s+|talks\s+)?with)\b/i },
  // "said after meeting Lavrov", "Before meeting Erdogan, Zelensky ...": "meeting" after a word of time with a name after
  // it (its titles between) is the verb, a gerund, not the noun ("after meeting rooms closed").
  { name: 'meeting-someone', type: 'meeting', re: /(?<=\b(?:[Aa]fter|[Bb]efore|[Uu]pon|[Ss]ince|[Ww]hile|[Ww]hen|[Ff]ollowing)\s+)meeting\s+(?=(?:[\p{Lu}][\p{L}.'’-]*\s+){0,5}?\p{Lu}[\p{L}'’-]*\b)/u },
  // "Rutte is in Washington, where he is meeting U.S. President Donald Trump": a meeting told as going on (the person
  // met is named, capitalised, within a few words: "is meeting resistance" is no meeting).
  { name: 'is-meeting', type: 'meeting', re: /\b(?:[Ii]s|[Aa]re|[Ww]as|[Ww]ere)\s+(?:now\s+|also\s+)?meeting\s+(?=(?:[a-z.-]+\s+){0,3}?[A-Z])/ },
  // "The two delegations sat down in Istanbul": only with two or more parties (one person who "sat down" took a seat).
  { name: 'sat-down', type: 'meeting', plural: true, re: /\bsat\s+down\b(?!\s+with\b)/i },
  { name: 'conferred-with', type: 'meeting', re: /\b(?:huddled|conferred|consulted)\s+with\b/i },
  // "coordinated peace efforts with his counterparts", "coordinated efforts on the peace process with Rutte": working out
  // a common line with someone is consulting them (CAMEO 04); "a coordinated attack with drones" is an adjective, and
  // "the strikes were coordinated with the allies" a passive that names no one who consulted.
  { name: 'coordinated-with', type: 'meeting', re: /(?<!\b(?:a|an|the|its|their|his|her|this|that|was|were|is|are|be|been|being|well)\s+)\bcoordinat(?:ed|es|ing)\s+(?:(?:our|their|his|her|its|the|further|next|joint)\s+)?(?:[\w“”"'’-]+\s+){0,5}?with\b/i },
  // "had left the G7 meeting": leaving, missing or attending one is not holding it.
  { name: 'held-a-meeting', type: 'meeting', re: /\b(?:held|hold|holds|(?:had|has|having)(?!\s+(?:left|quit|skipped|missed|abandoned|walked|boycotted|cut|attended)\b)|convened|convenes|chaired|chairs|hosted|called)\s+(?:an?\s+|the\s+|their\s+)?(?:[\w“”"’'-]+\s+){0,3}?(?:meetings?|summits?)\b/i },
  // "a meeting of the security committee chaired by X", "the council, chaired by X, convened": the chair met.
  { name: 'chaired-by', type: 'meeting', objectActs: true, re: /\bchaired\s+by\b/i },
  // "X was part of the delegation", "Y also took part": a participant of the contact the article told before (taking
  // part in a war, an election or a parliamentary debate is no contact).
  { name: 'took-part', type: 'meeting', joins: true, re: /\b(?:(?:was|were)\s+(?:also\s+)?(?:part|a\s+member|members)\s+of\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?delegation|(?:also\s+)?(?:participated|took\s+part|sat\s+in)(?!\s+in\s+(?:the\s+)?(?:[\w-]+\s+)?(?:war|fighting|attacks?|protests?|elections?|exercises?|debates?|discussion\s+in\s+(?:the\s+)?(?:Parliament|Lok\s+Sabha|Rajya\s+Sabha|Senate|House|National\s+Assembly)|(?:parliamentary\s+)?proceedings)))\b/i },
  // "The US delegation included Rubio, Waltz and Witkoff", "Russia was represented by Ushakov and Lavrov": the people
  // named after it took part in the contact the article told before.
  { name: 'delegation-included', type: 'meeting', joins: true, re: /\bdelegation\s+(?:includes|included|comprises|comprised|consists\s+of|consisted\s+of|(?:is|was)\s+made\s+up\s+of|(?:is|was)\s+led\s+by|is\s+headed\s+by)\b|\b(?:was|were)\s+represented\s+by\b/i },
  // "The meeting, which lasted two hours, was also attended by A and B", "the US side was being led by C", "Russia will
  // be represented by D": the people named after it take part in the contact told before (attendance, leadership of a
  // side and representation in the passive, in any tense).
  { name: 'attended-by', type: 'meeting', joins: true, re: /\b(?:was|were|is|are|will\s+be)\s+(?:also\s+)?(?:being\s+)?(?:attended|joined)\s+by\b|\b(?:side|team|delegation)\s+(?:was|is|will\s+be)\s+(?:being\s+)?(?:led|headed)\s+by\b|\bwill\s+be\s+represented\s+by\b/i },
  // Rule "the participants told after their verb": "Present were A, B and C", "Taking part were ...", "Also at the table
  // were ...", "Among those present were ...", "Joining them was ...": a sentence that opens with being there and names
  // the people after "were" lists who took part in the contact told before (case-sensitive: the words open the sentence).
  { name: 'present-were', type: 'meeting', joins: true, re: /\b(?:(?:Also\s+)?(?:[Pp]resent|[Aa]ttending|[Tt]aking\s+part|[Pp]articipating|[Ii]n\s+attendance|at\s+the\s+(?:table|talks|meeting))|Among\s+(?:those\s+|the\s+)?(?:present|attending|taking\s+part|participating|participants|at\s+the\s+(?:table|talks|meeting))|(?:Joining|Accompanying)\s+(?:them|him|her))(?:\s+(?:at|in|on)\s+(?:the\s+)?[\p{L}-]+)?\s+(?:were|was|are|is|will\s+be)\b/u },
  // "The Saudi foreign minister also attended.", "X attended the talks", "Y and Z hosted the talks": attending or hosting
  // the sitting told before ("the", or nothing after the verb) is taking part in it; "attended the parade in Moscow" is
  // a visit (attended-occasion), and "hosted Zelensky" a host visit.
  { name: 'attended-the-sitting', type: 'meeting', joins: true, re: /\b(?:(?:also\s+)?attended|(?:co-)?hosted|chaired)(?=\s*[.;]|\s+(?:the|these|those)\s+(?:[\w-]+\s+)?(?:talks|meeting|negotiations|session|consultations|discussions)\b)/i },
  // Rule "talks that brought people together": "The talks in Riyadh brought together A and B", "the talks, hosted by X,
  // brought together A and B": talks whose participants are named after "brought together" (a host set off before it
  // is the subject, and takes part).
  { name: 'talks-brought-together', type: 'negotiation', subjectless: 'between', re: new RegExp(String.raw`\b${TALKS}\b(?:(?!,)[^.;]){0,100}?\b(?:brought|bring|brings|will\s+bring)\s+together\b|(?<=\b${TALKS}\b[^.;]{0,100}?)\b(?:brought|bring|brings|will\s+bring)\s+together\b`, 'i') },
  // "Talks between Russia and the United States opened in Riyadh", "negotiations got under way": talks begun, as
  // talks-took-place reads "began".
  { name: 'talks-opened', type: 'negotiation', subjectless: 'both-sides', re: new RegExp(String.raw`\b${TALKS}\s+(?:between\s+(?:[\w'’-]+\s+){1,6}?)?(?:opened|got\s+under\s*way|kicked\s+off)\b`, 'i') },
  // "The talks, hosted by Saudi Foreign Minister X, ...", "a meeting co-hosted by Y": the host sat at the contact.
  { name: 'hosted-by', type: 'meeting', joins: true, re: /\b(?:talks|meeting|negotiations|summit|consultations)\s*,?\s+(?:which\s+(?:was|were)\s+|(?:was|were)\s+)?(?:co-)?hosted\s+by\b/i },
  // Rule "a contact told by how it went" (event-noun-subjects.ts): after the narrower cues of talks and meetings above, before the appeals ("call on").
  ...NOUN_SUBJECT_CUES,
  // Rule "a possessor's call" (contact-told-cues.ts): "news of Trump's conversation with Putin".
  ...OWNED_CALL_CUES,
  // Rule "a side sends its delegates" (lexicon/lists-of-people.ts): "Russia sent Foreign Minister X and aide Y".
  { name: 'sent-delegates', type: 'meeting', joins: true, re: SENT_DELEGATES },
  // "Zelensky was received by Erdogan in Ankara", "the delegation was welcomed at the airport by Dar": a person (a name,
  // or a delegation standing for its head) received, hosted or welcomed by another met them. Only after a name: "the
  // proposal was welcomed by Kyiv" is praise, and a state welcomed is no sitting.
  // A role phrase or a pronoun stands for the person as a name does ("the Ukrainian president was received by").
  { name: 'received-by', type: 'meeting', re: new RegExp(String.raw`(?<=(?:\p{Lu}[\p{L}.'’-]*|\b(?:${PERSON_HEAD}|he|she|they))\s+)(?:was|were|has\s+been|had\s+been|will\s+be)\s+(?:(?:warmly|formally|personally|also|first|then|later)\s+)?(?:received|hosted|welcomed|greeted)\s+(?:(?:at|in|on)\s+(?:the\s+)?(?:[\p{L}-]+\s+){1,3}?)?by\b`, 'u') },
  ...SITTING_CUES,
  ...CONTACT_OBJECT_CUES,
  // "will host X for lunch": the verb after a modal or "to" (a bare "host" is as often the noun: "summit host Qatar").
  // Not a photo's caption ("Duda (L) welcomes Zelensky"): rule "a caption in the present" reads those, with their day.
  { name: 'hosted', type: 'host_visit', re: /(?<!\((?:[LRC]|left|right|cent(?:re|er))\)\s+)\b(?:hosted|hosts|received|receives|welcomed|welcomes|(?:will|would|to|shall)\s+host)\s+(?=[A-Z])(?![\w.-]+(?:\s+[A-Z][\w.-]+)*['’]s\b)/ },
  // "welcomed the ceasefire", "praised the armed forces", "hailed the deal": praise or endorsement, a statement (CAMEO 051).
  // Welcoming a person by name ("welcomed Zelensky") is hosting, the rule above's.
  { name: 'praised', type: 'statement', re: /\b(?:welcom(?:ed|es|ing)|prais(?:ed|es|ing)|hail(?:ed|s|ing)|laud(?:ed|s|ing)|commend(?:ed|s|ing)|applaud(?:ed|s|ing))\s+(?=(?:the|a|an|his|her|its|their|this|that|these|those|both|all|any|every)\s)/i },
  { name: 'played-host', type: 'host_visit', re: /\b(?:played\s+host\s+to|hosting)\s+(?=[A-Z])/ },
  // "made unannounced visits to New Delhi and Islamabad", "paid a visit to the front".
  { name: 'paid-a-visit', type: 'visit', re: /\b(?:made|paid|makes|pays|making|paying|undertook|undertakes|conduct(?:s|ed|ing)?)\s+(?:an?\s+|his\s+|her\s+|their\s+|its\s+)?(?:[\w-]+\s+){0,2}?visits?\s+to\b/i },
  // "Umerov is leading a delegation to Istanbul", "will head the Russian delegation to Riyadh": whoever leads a delegation
  // to a place (a capitalised name) travels there; "led the delegation at the talks" names a part, no journey.
  { name: 'led-delegation-to', type: 'visit', re: /\b(?:[Ll]ead(?:s|ing)?|[Ll]ed|[Hh]ead(?:s|ed|ing)?)\s+(?:an?|the|his|her|its|their)\s+(?:[\p{L}-]+\s+){0,2}?delegation\s+to\s+(?=(?:the\s+)?\p{Lu})/u },
  // "his visit", "her recent visit": a visit named by its owner is news or background by owned-visits.ts. A plan to travel
  // may stand without its auxiliary ("..., with X set to travel to Y", with-plan.ts).
  { name: 'visited', type: 'visit', re: /\b(?:visited|visits?\b|visiting(?!\s+(?:[\w.]+\s+){0,2}?(?:envoys?|presidents?|prime\s+ministers?|ministers?|delegations?|leaders?|secretary|officials?|dignitar\w*|chancellors?|counterparts?|heads?\s+of)\b)|arrive[ds]\s+in|(?:will|to|would|is\s+due\s+to|are\s+due\s+to)\s+arrive\s+in|travel(?:l)?ed\s+to|trip\s+to|land(?:ed|s)\s+in|(?:will|would|(?:(?:is|are|was|were)\s+)?(?:set|due|expected|scheduled|slated|going)\s+to|plans?\s+to|intends?\s+to)\s+travel\s+to|flew\s+to)\b/i },
  ...VISIT_ACT_CUES,
  ...ARRIVAL_CUES,
  // "will depart for Japan", "left for the UAE on Wednesday", "is heading to Istanbul", "set off for Kyiv": setting out
  // for a place (a capitalised name, with or without "the") is a trip there; "left to" and "head to the polls" are not.
  // "Rubio is due in Istanbul on Thursday", "the envoy is expected in Moscow next week": a visit ahead, to the place named.
  // "I will be in Ankara on Thursday", "the envoy will be in Moscow next week": a person who will be in a place named (a
  // name, then a time word or the end of the clause) goes there; "will be in Russian hands" names no place.
  // A headline drops the "is" after the names that open it ("Dar due in Beijing next week").
  { name: 'due-in', type: 'visit', re: /\b(?:(?:is|are)\s+(?:due|expected)\s+(?:back\s+)?in\s+(?=\p{Lu})|(?<=^[\s"“]*(?:\p{Lu}[\p{L}.’'-]*[\s,]+){1,5})(?:due|expected)\s+(?:back\s+)?in\s+(?=\p{Lu})|will\s+be\s+in\s+(?=\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?(?:\s*[,.;]|\s+(?:on|this|next|tomorrow|today|tonight|later|soon|from|for\s+(?:talks|a\s+visit|meetings?))\b)))/u },
  { name: 'departed-for', type: 'visit', re: /\b(?:(?:depart(?:s|ed|ing)?|leave|leaves|left|leaving)\s+(?:(?:later\s+)?(?:today|tonight|tomorrow|this\s+(?:morning|evening|week))\s+)?for|(?:set(?:s|ting)?\s+(?:off|out)|head(?:s|ed|ing)?|bound|en\s+route)\s+(?:(?:later\s+)?(?:today|tonight|tomorrow|this\s+(?:morning|evening|week))\s+)?(?:for|to))\s+(?=(?:the\s+)?\p{Lu})/u },
  { name: 'mediated', type: 'mediation', re: /\b(?:offered\s+to\s+mediate|mediated\s+between|mediation\s+between|brokered\s+(?:talks|a\s+deal))\b/i },
  // "Washington had conveyed a ceasefire proposal in May", "relayed the truce offer to Delhi": a third party carrying a
  // proposal between the sides (a side's own proposal, "its ceasefire plan", is its offer, told by the ceasefire cues).
  { name: 'conveyed-proposal', type: 'mediation', re: /\b(?:conveyed|conveys|relayed|relays|passed\s+on|carried|transmitted|delivered)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:ceasefire|truce|peace)\s+(?:proposals?|offers?|plans?|messages?|terms)\b/i },
  { name: 'acted-as-mediator', type: 'mediation', re: /\b(?:(?:acted|acting|served|serving)\s+as\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:mediator|intermediary|go-between)|facilitat(?:ed|ing)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:talks|dialogue|negotiations|exchange|swap|contacts)|helped\s+(?:to\s+)?broker)\b/i },
  // "the negotiating table", "its negotiating team": a modifier of another noun, not talks. Rule "talks, not tensions,
  // between": the words before "between" are the talks' own ("talks on the water dispute between"), not a clause or
  // a noun of strife that "between" belongs to ("arrived for talks as tensions between A and B rose").
  { name: 'negotiated', type: 'negotiation', re: /\b(?:negotiat(?:ed|ions?|e|ing(?!\s+(?:table|team|group|position|partner|process|track|format|delegation|stance|strategy)s?\b))|peace\s+talks|(?:talks|discussions?|conversations?|dialogue)\s+(?:(?!(?:as|while|amid|amidst|after|before|since|when|because|tensions?|hostilit(?:y|ies)|clash(?:es)?|fighting|rivalry|conflict|war|relations|ties|friction|standoff)\b)\w+\s+){0,5}between)\b/i },
  // Protests through envoys, captives handed back, crossings shut, missions cut, sanctions packages, fire exchanged.
  ...MEASURE_CUES,
  // Reducing relations and coercion.
  // "diplomats declared persona non grata by both countries returned home": each party expelled the other's.
  { name: 'non-grata-by-both', type: 'expel', subjectless: 'both-sides', re: /\bdeclared\s+["“‘']?persona\s+non\s+grata["”’']?\s+by\s+(?:both|the\s+two|each\s+of\s+the\s+two)\s+(?:countries|sides|nations|governments)\b/i },
  // "has declared an Indian staff member ... as 'persona non grata'", "declared the military, naval and air advisers at
  // the High Commission in the capital persona non grata": the declaring is the expulsion, not a saying (up to twenty
  // words name whom).
  { name: 'declared-non-grata', type: 'expel', re: /\bdeclar(?:ed|es|ing|e)\s+(?:(?!persona\b)[\p{L}\d,'’-]+\s+){0,20}?(?:as\s+)?["“‘']?persona\s+non\s+grata\b/iu },
  // Rule "expelled from a party": "the party expelled a senior leader", "was expelled from the university": a body
  // putting out its own member (a leader, a lawmaker, a student) is no state expelling another's diplomats.
  { name: 'expelled', type: 'expel', re: /\b(?:expel(?:led|s)?(?!\s+(?:[\w'’-]+\s+){0,4}?(?:leaders?|lawmakers?|legislators?|MPs?|MLAs?|students?|players?|activists?|councillors?|party\s+members?)\b|\s+(?:[\w'’-]+\s+){0,4}?from\s+(?:the\s+|its\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+)?(?:party|school|university|college|club|league|union|team)\b)|persona\s+non\s+grata|recall(?:ed|s)\s+(?:(?:its|their|the)\s+)?(?:[\w-]+\s+)?(?:ambassador|envoy|high\s+commissioner|diplomats?|attach[eé]s?))\b/i },
  { name: 'ordered-to-leave', type: 'expel', re: /\b(?:ordered|told|asked|directed)\s+(?:[\w-]+\s+){0,4}?(?:diplomats?|envoys?|ambassadors?|officials?|staff|attach[eé]s?|advis[eo]rs?)\s+(?:(?:at|of|in)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?)?to\s+leave\b|\bkicked\s+out\s+(?:[\w-]+\s+){0,3}?(?:diplomats?|envoys?|ambassadors?|officials?)\b/i },
  ...SANCTION_ACT_CUES,
  // Sanctions a state is set or planning to bring in (sanctions-to-come-cues.ts, round x21).
  ...SANCTIONS_TO_COME_CUES,
  // Rule "sanctions held off": "threatened to veto new sanctions", "blocked new sanctions", "talk of new sanctions":
  // new sanctions as the object of a verb that stops, eases or only weighs them are no sanctions imposed; nor are "new
  // sanctions" after an infinitive ("refused to approve the new sanctions"), which sanctions-to-come reads when planned.
  { name: 'imposed-sanctions', type: 'sanctions', re: /\b(?:imposed|imposes|announced|announces|slapped|slaps|(?<!\b(?:veto(?:ed|es|ing)?|block(?:ed|s|ing)?|oppos(?:e|ed|es|ing)|resist(?:ed|s|ing)?|lift(?:ed|s|ing)?|eas(?:e|ed|es|ing)|avoid(?:ed|s|ing)?|evad(?:e|ed|es|ing)|circumvent(?:ed|s|ing)?|threats?\s+of|talk\s+of|consider(?:ed|s|ing)?|discuss(?:ed|es|ing)?|weigh(?:ed|s|ing)?|mull(?:ed|s|ing)?)\s)(?<!\bto\s+(?:approve|adopt|impose|back|support|endorse|pass)\s+(?:(?:the|any)\s+)?)new)\s+(?:(?!no\b)\w+\s+)?sanctions\b|\b(?:adopt(?:ed|s)?|approv(?:ed|es|e)|unveil(?:ed|s)?|pass(?:ed|es)?|agreed|impos(?:ed|es))\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:package|round|set|wave)\s+of\s+(?:[\w-]+\s+)?sanctions\b/i },
  // "sanctioned" of a state's measures, not an approval ("sanctioned by the council").
  { name: 'sanctioned', type: 'sanctions', re: /\b(?:sanctioned(?!\s+by\b)|blacklisted|(?:imposed|announced|placed|tightened|expanded)\s+(?:an?\s+)?(?:[\w-]+\s+)?embargo|froze\s+(?:the\s+)?(?:[\w-]+\s+)?assets)\b/i },
  { name: 'suspended-ties', type: 'reduce_relations', re: /\b(?:suspended|suspends|suspending|suspension\s+of|closed\s+(?:the\s+|its\s+)?(?:border|airspace)|shut\s+(?:the\s+|its\s+)?(?:border|airspace)|downgraded(?=\s+(?:its\s+|the\s+|their\s+)?(?:[\w-]+\s+)?(?:ties|relations|diplomatic|mission|embassy|presence|staff))|cut\s+(?:off\s+)?(?:ties|trade)|severed|halted\s+(?:all\s+)?trade|revoked\s+(?:all\s+)?visas|cancell?ed\s+(?:all\s+)?visas)\b/i },
  // "the Indian decision on Wednesday to suspend the treaty": a measure told as a noun, taken by the state it names.
  // "India's decision to place the treaty on hold", "Washington's decision to halt intelligence sharing": a measure in
  // the infinitive after the decision (rule "a possessor's act": the decision's owner is named in its clause). Not "any
  // decision to halt trade would hurt", a decision nobody took.
  { name: 'decision-to-cut-ties', type: 'reduce_relations', subjectless: 'named', re: /(?<!\b(?:any|no|possible|potential|future|such\s+a)\s+)\b(?:decision|decided|move|moved|voted|chose)\s+(?:[\w-]+\s+){0,3}?to\s+(?:suspend|downgrade|sever|cut\s+(?:off\s+)?(?:ties|trade)|close\s+(?:the\s+|its\s+)?(?:border|airspace)|(?:put|place|hold|keep)\s+(?:[\w-]+\s+){0,8}?(?:in\s+abeyance|on\s+hold)|(?:halt|stop|end|pause)\s+(?:all\s+|its\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:sharing|trade|imports|exports|flights|deliveries|shipments|visas|cooperation|ties|relations))\b/i },
  { name: 'froze-ties', type: 'reduce_relations', re: /\b(?:froze|freezes|freezing)\s+(?:all\s+|its\s+|the\s+)?(?:[\w-]+\s+)?(?:ties|relations|talks|trade|contacts|cooperation)\b|\bscaled\s+(?:back|down)\s+(?:its\s+|the\s+)?(?:[\w-]+\s+)?(?:ties|relations|presence|mission|staff)\b|\b(?:held|put|placed|kept)\s+(?:[\w-]+\s+){0,6}?in\s+abeyance\b|\b(?:put|placed)\s+(?:[\w-]+\s+){0,10}?on\s+hold\b|\bban(?:ned|s)\s+(?:all\s+)?(?:[\w-]+\s+)?(?:imports|exports|trade|flights|ships|vessels|airlines)\b/i },
  ...REDUCE_ACT_CUES,
  // (Before 'threatened', which reads some vows too: the first cue to match a span names it.)
  // Rule 'vowed-retribution': a vow to make those behind an act pay is a threat, whatever word stands between the vow
  // and its verb ("vowed overnight to avenge the dead", "has sworn again to hunt down the gunmen", "pledged to pursue the
  // attackers and their backers") or whatever the punishment vowed is called ("promised severe punishment", "vowed
  // harsh retribution"). Pursuing a goal ("vowed to pursue peace") is no threat: only people are pursued here.
  { name: 'vowed-retribution', type: 'threat', re: new RegExp(String.raw`\b(?:vow(?:ed|s)|sw(?:ore|orn|ears)|pledged|promised)\s+(?:(?!to\b)[\p{Ll}-]+\s+){0,2}?(?:to\s+(?:avenge|punish|retaliate|hunt\s+down|track\s+down|pursue\s+(?:the\s+|those\s+|all\s+|every\s+)?(?:[\p{Ll}-]+\s+)?${PURSUED})|(?:an?\s+)?(?:[\p{Ll}-]+\s+)?(?:punishment|retribution|vengeance)\b)`, 'iu') },
  // "warned of a missile threat" is an air-raid alert, not a threat made.
  { name: 'threatened', type: 'threat', re: new RegExp(String.raw`\b(?:threaten(?:ed|s|ing)?|warned\s+of(?!\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:threats?|alerts?|dangers?|risks?)\b)|vowed\s+${BEFORE_PROMISED_INFINITIVE}to\s+(?:retaliate|respond|avenge|punish|hunt))\b`, 'i') },
  // A threat named as such, or a deadline set, cut or moved ("shortened the window to ten days").
  { name: 'issued-a-threat', type: 'threat', re: /\b(?:issued|made|repeated|renewed|delivered)\s+(?:an?\s+|the\s+|his\s+|her\s+|its\s+|their\s+)?(?:[\w-]+\s+)?threats?\b|\b(?:set|imposed|gave|given|giving|shortened|cut|extended|moved\s+up|brought\s+forward)\s+(?:[\w-]+\s+){0,2}?(?:an?\s+|the\s+|his\s+|her\s+|its\s+|their\s+)?(?:[\w-]+\s+)?(?:deadline|window(?!\s+of\s+opportunity)|ultimatum)\b|\b(?:shortened|narrowed|extended)\s+(?:the\s+|his\s+|her\s+|its\s+|their\s+)?(?:[\w-]+\s+)?window\b/i },
  // "Trump has given Ukraine until November 27 to agree to the plan", "gave Hamas three days to reply": a deadline set
  // for a party named after the verb (a capitalised name), to do what the "to" after it says; "gave the staff a week to
  // move" sets no party a deadline. The cue ends on the party: the day after "until" is the deadline, not the act's.
  { name: 'gave-until', type: 'threat', re: new RegExp(String.raw`\b(?:gave|gives|given|giving|give)\s+(?=\p{Lu})(?:[\p{Lu}][\p{L}.'’-]*\s+){0,2}[\p{Lu}][\p{L}.'’-]*(?=\s+(?:until|till)\s+(?:${MONTH_WRITTEN_OUT}|${WEEKDAY_WRITTEN_OUT}|\d|the\s+end\s+of|next|tomorrow|midnight)|\s+(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+(?:\s+to\s+\d+)?)\s+(?:more\s+)?(?:hours?|days?|weeks?|months?)\s+to\s+\p{L})`, 'u') },
  ...THREAT_ACT_CUES,
  // "vowed to give a befitting reply", "warned that any aggression would be met with a strong response", "warned Kyiv of
  // consequences": a reply is a threat only when its words say it is a blow ("promised a reply to the letter" is none).
  // "be met with" stays outside the cue's words, which the meeting cue (earlier in the table) would claim.
  { name: 'warned-of-response', type: 'threat', re: new RegExp(String.raw`\bwarned\s+(?:[\w-]+\s+){0,3}?(?:that\s+)?(?:[\w-]+\s+){0,3}?(?:would|will)\s+(?:respond|retaliate|strike|hit\s+back|pay|face|suffer)\b|\bwarned\s+(?:[\w-]+\s+){0,3}?(?:that\s+)?(?:[\w-]+\s+){0,3}?(?:would|will)(?=\s+be\s+met\s+with\s+(?:an?\s+)?(?:${STRONG_REPLY}|(?:[\w-]+\s+)?force\b))|\bwarn(?:ed|s)\s+(?:[\w-]+\s+){1,3}?of\s+(?:[\w-]+\s+){0,2}?(?:consequences|retaliation|reprisals?|${STRONG_REPLY})|\bissued\s+(?:an?\s+)?(?:[\w-]+\s+)?ultimatum\b|\b(?:vowed|promised)\s+(?:an?\s+)?(?:["“‘][^"”’]{1,25}["”’]\s+|[\w-]+\s+){0,2}?(?:response|retaliation|revenge|reprisals?)\b|\b(?:vowed|promised|pledged|threatened)\s+(?:(?:[\w-]+\s+){0,3}?to\s+(?:give|deliver|mount|offer)\s+)?(?:an?\s+)?${STRONG_REPLY}`, 'i') },
  // "The committee authorised the armed forces to retaliate": a response made ready is a threat.
  { name: 'authorised-response', type: 'threat', re: /\b(?:authori[sz]ed|empowered|gave\s+(?:a\s+)?(?:free\s+hand|full\s+authority)\s+(?:to\s+)?)\s*(?:the\s+|its\s+)?(?:[\w-]+\s+){0,3}?to\s+(?:retaliate|respond|strike\s+back|hit\s+back|take\s+(?:any\s+)?action)\b/i },
  // Saying the other side's words are false (before called-it-wrong, whose "baseless" is criticism).
  ...REJECT_ACT_CUES,
  { name: 'accused', type: 'accusation', re: /\b(?:accus(?:ed|es|ing)|alleged\s+that|blamed|blames|held\s+\w+\s+responsible)\b/i },
  { name: 'blamed-on', type: 'accusation', re: /\b(?:(?:pinned|laid|put)\s+(?:the\s+)?blame|point(?:ed|ing)\s+(?:the\s+|a\s+)?finger\s+at|blaming|charged\s+that|alleging\s+that|alleges\s+that)\b/i },
  ...ACCUSE_ACT_CUES,
  { name: 'condemned', type: 'condemnation', re: /\b(?:condemn(?:ed|s|ing)?|critici[sz](?:ed|es|ing)?|denounc(?:ed|es|ing)|slam(?:med|s)?|lambast(?:ed|s)|deplor(?:ed|es)|decried|hit\s+out\s+at)\b/i },
  { name: 'rebuked', type: 'condemnation', re: /\b(?:rebuk(?:ed|es)|censur(?:ed|es)|chid(?:ed|es)|castigat(?:ed|es)|excoriat(?:ed|es)|berat(?:ed|es)|derid(?:ed|es)|took\s+aim\s+at|lashed\s+out\s+at)\b/i },
  // "attacked the plan", "tore into the proposal": a blow of words (before the force cues, whose verbs they share).
  ...CRITICISE_ACT_CUES,
  // "Peskov called this demand unconstructive", "termed the plan unacceptable": a harsh verdict on something is criticism.
  { name: 'called-it-wrong', type: 'condemnation', re: /\b(?:called|termed|branded|deemed|labell?ed)\s+(?:it|this|that|these|those|them|(?:the|this|that|these|those|his|her|their|its|such|Kyiv['’]s|Moscow['’]s)\s+(?:[\w-]+\s+){0,3}?)["“‘]?(?:unconstructive|counterproductive|counter-productive|unacceptable|absurd|provocative|irresponsible|dangerous|outrageous|destructive|hostile|illegal|illegitimate|baseless|unfounded|groundless|ridiculous|reckless|cynical|barbaric)\b/i },
  { name: 'called-the-attack', type: 'condemnation', re: new RegExp(String.raw`\b(?:called|termed|branded)\s+(?:the|this|that|Russia['’]s|[A-Z]\w+['’]s)\s+(?:[\w-]+\s+){0,2}?${ATTACK_NOUN}\s+(?:an?\s+)?["“‘']`, 'i') },
  // Refusing questions or comment is how a briefing went, not a rejection of anything.
  // "refused to rule out meeting Putin" leaves the meeting open: the double negative refuses nothing.
  { name: 'rejected', type: 'rejection', re: /\b(?:reject(?:ed|s|ing)?|refus(?:ed|es)\s+to(?!\s+(?:take|answer|field)\s+(?:any\s+|further\s+|more\s+)?q|\s+(?:comment|elaborate|give\s+details|disclose|say\s+more|rule\s+out|exclude))|dismissed|denied|denies|deny|pushed\s+back\s+(?:at|against|on)|pulled\s+out\s+of|withdrew\s+from|ruled\s+out|turned\s+down|contradicted)\b/i },
  // "Rubio and Witkoff declined to participate", "backed out of the talks", "skipped the summit": staying away from a
  // contact one was expected at (not "declined to comment": that is how a briefing went).
  { name: 'stayed-away', type: 'rejection', re: new RegExp(String.raw`\b(?:(?:declined|refused)\s+to\s+(?:participate|attend|take\s+part|join\s+(?:the\s+)?(?:[\w-]+\s+)?(?:talks|meeting|summit|negotiations))|backed\s+out\s+of|bailed\s+(?:on|out\s+of)|(?:skipped|boycotted|snubbed)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:${TALKS}|meeting|summit|conference))\b`, 'i') },
  { name: 'rebuffed', type: 'rejection', re: /\b(?:rebuffed|spurned|brushed\s+(?:off|aside)|(?:poured|threw|thrown)\s+cold\s+water\s+on|vetoed|repudiated|(?:refused|declined)\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+|its\s+)?(?:[\w-]+\s+)?(?:offer|proposal|request|invitation|plan))\b/i },
  { name: 'demanded', type: 'demand', re: /\b(?:(?<!\b(?:this|that|these|those|the|such|its|his|her|their)\s)demand(?:ed|s|ing)?|insist(?:ed|s)\s+(?:that|on)|insist(?:ed|s)\s+(?=(?:an?|the)\s+(?:[\w-]+\s+){0,6}?(?:begin|start|take\s+effect|be|end|stop|halt|withdraw|leave|pay)\b)|needs?\s+to\s+(?:end|stop|act|take)|wants?\s+an?\s+(?:independent|impartial|neutral)|must\s+(?:end|stop))\b/i },
  { name: 'sought-release', type: 'demand', re: /\b(?:sought|seeks|seeking|issued)\s+(?:the\s+|a\s+)?(?:immediate\s+|unconditional\s+)?(?:release|withdrawal|return|extradition|demand)\b/i },
  // "sent four letters urging India to reconsider": the letters' plea is their sender's, told from the sending verb.
  // "has written a letter to India, urging it to reconsider": any tense of sending, a comma before the plea.
  { name: 'letters-urging', type: 'appeal', re: /\b(?:sent|sends|send|wrote|writes|written|dispatched|delivered|addressed)\s+(?:[\w-]+\s+){0,3}?(?:letters?|messages?|notes?)\s+(?:to\s+(?:[\w-]+(?:\s+|(?=,))){1,3}?)?,?\s*(?:urging|asking|requesting|seeking|calling\s+(?:on|for))\b/i },
  // "a phone call on Ukraine" is a call about it: "call" after an article, a possessive or "phone" is a noun.
  { name: 'urged', type: 'appeal', re: /\b(?:urg(?:ed|es|e|ing)\b(?!\s+prayers?\b)|(?<!\b(?:a|an|the|his|her|their|its|phone|telephone|video)\s)call(?:ed|s|ing)?\s+(?:for|on|upon)|appeal(?:ed|s)?\s+(?:to|for)|request(?:ed|s)|asking\s+(?:(?!the\b)\w+|the\s+\w+)\b(?!\s+(?:["“‘][^"”’]*\?|whether\b|if\b|how\b|what\b|why\b|when\b|where\b|who\b|about\b))|encourag(?:ed|es|ing)|pressed\s+(?:for|(?:[\w'’-]+\s+){1,4}?to\s))/i },
  // "asked X to stop": an appeal, unless X was the one asked ("was asked to comment"). X is only looked ahead to, so
  // that the one asked stays after the cue and takes part, as the one urged does.
  { name: 'pleaded', type: 'appeal', re: /\b(?:implored|pleaded\s+(?:with|for)|exhorted|(?:made|issued|renewed)\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:appeal|plea)|(?<!\b(?:was|were|been|being|is|are)\s)(?:asked|challenged)(?=\s+(?:[\w-]+\s+){1,3}?to\s+(?:stop|end|halt|refrain|exercise|show|help|resume|return|release|withdraw|de-?escalate|hold|meet|talk|negotiate|call|visit|come|join|accept|agree|sign)\b))\b/i },
  ...APPEAL_ACT_CUES,
  { name: 'launched-investigation', type: 'investigation', re: /\b(?:launched|ordered|opened|began)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:investigation|probe|inquiry)\b/i },
  { name: 'investigating', type: 'investigation', re: /\b(?:(?:is|are|was|were)\s+(?:now\s+)?investigating|set\s+up\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:inquiry|probe|commission))\b/i },
  ...INVESTIGATE_ACT_CUES,
  // Force, told as a verb with its subject ("India destroyed", "Pakistan attempted to hit", "militants opened fire").
  { name: 'militants-opened-fire', type: 'terrorist_attack', subjectless: 'named', re: /\b(?:militants|gunmen|terrorists|attackers|insurgents)\s+(?:\w+\s+){0,2}?(?:opened\s+fire|attacked|stormed|killed|shot)\b/i },
  // "conducted a training launch of its Abdali missile", "test-fired a cruise missile", "successfully tested a hypersonic
  // rocket": a weapons test, a show of force (CAMEO 15, the military action nearest); a rocket that carried a satellite
  // ("launched a satellite") is none.
  { name: 'missile-test', type: 'military_action', re: /\b(?:(?:conducted|carried\s+out|held|staged|performed)\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:(?:successful|training|test|trial|flight|maiden|combat|new|second|third)\s+){0,3}?(?:launch(?:es)?|tests?|test-?firings?|test\s+flights?|firings?)\s+of\s+(?:(?:an?|the|its|their)\s+)?(?:[\w-]+\s+){0,4}?(?:missiles?|rockets?|weapons?\s+systems?|ICBMs?)|test-?fir(?:ed|es|ing)\s+(?:(?:an?|the|its|their)\s+)?(?:[\w-]+\s+){0,4}?(?:missiles?|rockets?|ICBMs?)|(?:successfully\s+)?test(?:ed|s)\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:missiles?|ICBMs?))\b/i },
  // "launched a diplomatic offensive", "staged a hunger strike": another sense of the noun (lexicon/other-senses.ts) is no blow.
  { name: 'launched-attack', type: 'military_action', re: new RegExp(String.raw`\b(?:launched|launching|launches|carried\s+out|carrying\s+out|conducted|conducting|conducts?|mounted|staged|unleashed)\s+${MODS}(?<!\b${OTHER_SENSE_OF_FORCE}\s)${ATTACK_NOUN}`, 'i') },
  { name: 'struck-targets', type: 'military_action', re: /\b(?:destroyed|(?<!\b(?:deals?|agreements?|accords?|pacts?|bargains?|compromises?|terms|arrangements?|understandings?)\s+(?:[\w-]+\s+){0,4})struck(?!\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:deals?|agreements?|accords?|pacts?|bargains?|compromises?|arrangements?|understandings?|balance|tone|note|chord)\b)|shelled|bombed|shot\s+down|intercepted|neutrali[sz]ed|attempted\s+to\s+(?:hit|target|strike|attack)|retaliated|pounded|targeted|fired\s+(?:[\w-]+\s+){0,3}?(?:missiles|rockets|shells|drones)|set\s+off\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:explosion|blast)|blew\s+up|detonated|fired\s+(?:[\w-]+\s+){0,2}?(?:across|along)\s+(?:the\s+)?(?:border|frontier|Line\s+of\s+Control|LoC|front\s*line)|(?:fired|opened\s+fire)\s+(?:[\w-]+\s+){0,2}?(?:at|on)\s+(?:[\w-]+\s+){0,2}?(?:posts|positions|troops|soldiers|villages))\b/i },
  { name: 'launched-projectiles', type: 'military_action', re: /\blaunched\s+(?:[\w-]+\s+){0,6}?(?:missiles|rockets|drones)\s+(?:at|on|against|towards?|into|across|overnight)\b|\bdowned\b|\brepelled\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:attack|assault|offensive)\b|\b(?:captured|seized)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:village|town|city|settlement|positions?)\b/i },
  // "rained drones and missiles on Indian cities", "hurled shells across the border", "sent drones into Punjab": the
  // projectiles a side sends, with the verbs news uses besides "fired" and "launched".
  { name: 'rained-projectiles', type: 'military_action', re: /\b(?:rain(?:ed|s|ing)?(?:\s+down)?|hurl(?:ed|s|ing)|lobb(?:ed|ing)|lobs|sent|sends|sending|dispatched|flew)\s+(?:[\w,-]+\s+){0,4}?(?:missiles|rockets|shells|drones|bombs|artillery)\b(?=\s+(?:at|on|onto|into|towards?|across|over|against)\b|\s*(?:[,.;]|$))/i },
  // "attacked Ukrainian positions", "Russia hit Kyiv", "invaded Ukraine": a blow at a target of force.
  ...FORCE_ACT_CUES,
  // Promotions and appointments: the person raised to a rank or office is who the event is about; the vocabulary has
  // no type of its own for it, and it is announced, so it is a statement.
  { name: 'promoted-to', type: 'statement', objectActs: true, re: /\b(?:promoted|promotes|elevated|elevates|appointed|appoints|named|names|nominated)\b(?=\s+(?:[\w().’'-]+\s+){1,10}?(?:to\s+(?:the\s+)?(?:rank|post|position|office|role)\s+of|as\s+(?:the\s+|its\s+|his\s+|her\s+)?(?:new\s+|next\s+|acting\s+|interim\s+)?[\w-]+))/i },
  // Statements last: saying is how most events are told, and only an act with nothing more specific is a statement.
  { name: 'called-it', type: 'statement', re: /\bcalled\s+(?:it|this|that|them|the\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:an?\s+)?["“‘']/i },
  { name: 'voiced', type: 'statement', re: /\b(?:voiced|expressed|conveyed)\s+(?:\w+\s+)?(?:concern|hope|support|regret|sympathy|condolences|solidarity|satisfaction|gratitude)\b|\b(?:offered|extended|sent)\s+(?:\w+\s+)?(?:condolences|sympathies)\b|\bcondoles?\b|(?<!\b(?:was|were|been|being|is|are)\s)\bthanked\s+(?!by\b)/i },
  // "..., with Defence Minister X saying Pakistan was ready": a saying told as a gerund whose subject stands after
  // "with"; the cue takes the word after it too, which is what makes it a gerund with an object (find-verbal-events).
  { name: 'with-saying', type: 'statement', re: /(?<=\bwith\s+(?:[\p{Lu}][\p{L}.'’-]*\s+){1,6})saying\s+\p{L}+/u },
  { name: 'took-to', type: 'statement', re: /\b(?:took\s+to|writing\s+on|wrote\s+on)\s+(?:X|Twitter|Truth\s+Social|Telegram|Facebook|Instagram|social\s+media)\b/ },
  // Saying words other than "said"; passives ("was admitted to hospital") are not sayings.
  { name: 'acknowledged', type: 'statement', re: new RegExp(String.raw`(?<!\b(?:was|were|been|being|is|are)\s)\b(?:acknowledged|asserted|underscored|underlined|highlighted(?!\s+(?:in|by)\b)|pointed\s+out|commented|admitted|conceded|(?:indicated|hinted)(?=\s+(?:(?:on|late\s+on)\s+\w+\s+)?that\b))\b${NOT_A_RELATIVE_SAYING}`, 'i') },
  { name: 'said', type: 'statement', re: new RegExp(String.raw`\b(?:issued\s+(?:a|an)\s+(?:\w+\s+)?(?:statement|advisory)|said|says|stated|added(?=\s+(?:that\b|[,:]))|expressed|told|announced|declared|outlined|wrote|posted|tweeted|revealed|remarked|confirmed|clarified|noted|stressed|emphasi[sz]ed|reiterated|claimed|weighed\s+in|address(?:ed|es)?\s+the\s+(?:nation|country|parliament|media)|brief(?:s|ing)?\s+(?:reporters|journalists|the\s+media|the\s+press)\b|briefed\s+(?:reporters|journalists|the\s+media|the\s+press|the\s+council|(?:an?\s+group\s+of\s+)?(?:(?!by\b)[\w-]+\s+){0,2}?(?:diplomats|envoys|ambassadors|heads\s+of\s+mission))|(?:held|addressed)\s+a\s+(?:press|news)\s+conference|spoke\s+(?:at|during)\s+(?:a|the|an)\s+(?:joint\s+)?(?:press|news)\s+(?:conference|briefing)|made\s+(?:the|these|those|his|her|their)\s+(?:comments|remarks)|warned(?=\s+(?:that|against)\b|\s+(?:[\w-]+\s+){1,3}?(?:against|not\s+to)\b|\s+(?:[A-Z][\w-]+\s+){1,3}(?:that\s+)?(?:he|she|it|they|its|his|her|their)\b)|reported(?=\s+(?:on\s+\w+(?:\s+\d+)?\s+)?that\b)|(?:responded|replied|explained|argued)(?=\s+that\b))\b${NOT_A_RELATIVE_SAYING}`, 'i') },
];

/** A calendar day written before a noun: "April 22", "22 April", "April 22, 2025,". */
const CALENDAR_DAY = String.raw`(?:${MONTH_WRITTEN_OUT}\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+${MONTH_WRITTEN_OUT})(?:,?\s+\d{4},?)?`;

/** After an incident noun: its place ("in the town of Pahalgam", "in Jammu and Kashmir's Pahalgam") and "on" a calendar day. */
const PLACE_THEN_DAY = String.raw`(?:\s+(?:in|at|near|against)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+(?:of\s+)?){0,2}?\p{Lu}[\p{L}'’-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}'’-]*)*){1,2},?\s+on\s+${CALENDAR_DAY}`;

/**
 * A relative date right after a noun, its own: "last week", "last month", "overnight", "on Sunday", "early Saturday",
 * "yesterday", "earlier this week" (not "on" a target, nor a day that opens the next clause after a comma).
 */
/**
 * "Ministers condemned the attack on Sunday": after a definite attack, one told already, "on" and a weekday more often
 * dates the clause's verb; only an indefinite one ("a deadly attack on Tuesday") takes it as its own.
 */
const DEFINITE_NOT_ON = String.raw`(?:(?<!\b(?:[Tt]he|[Tt]his)\s+(?:[\p{Ll}-]+\s+){0,2}(?:attack|assault))|(?!\s+on\s))`;
const DATE_AFTER_NOUN = String.raw`\s+(?:last\s+(?:week|month|night|weekend)|overnight|yesterday|earlier\s+this\s+(?:week|month)|(?:on\s+)?(?:early\s+|late\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b`;

/**
 * Nouns an operation's name may modify, which are then the head of the phrase ("India's Operation Sindoor global
 * outreach", "Operation Sindoor's diplomatic campaign"): what is done about the operation, not the operation.
 */
const NAMED_FOR = String.raw`(?:outreach|delegations?|briefings?|discussions?|debates?|narrative|campaigns?|messages?|missions?|diplomacy|teams?|tours?|visits?|talks|meetings?|sessions?|programmes?|programs?|exhibitions?|coverage|rall(?:y|ies)|events?|statements?|explainers?|updates?)\b`;

/** Incidents named by a noun phrase ("Pakistan's drone and missile attack", "the April 22 Pahalgam terrorist attack"). */
/**
 * `ownDate`: an incident of this kind is one only with a date of its own words: 'month-or-day' a month or a day (a
 * war's opening), 'dated' any date near it short of a month ("overnight", "on Sunday", "last week").
 */
export const INCIDENT_CUES: { type: EventType; re: RegExp; ownDate?: 'month-or-day' | 'dated' }[] = [
  // "The April 22 attack killed 26 people, mostly tourists": a bare "attack" pinned down by the calendar date before it
  // is an incident; a terrorist one when its sentence speaks of terror, militants, gunmen or tourists, else military.
  // First, so that "the April 22 attack on tourists" is not read as a strike "on" a target below; case-sensitive, so
  // that a modifier ("the April 22 terror attack") leaves the noun to the rules for its kind.
  { type: 'terrorist_attack', re: new RegExp(String.raw`(?<=\b(?:[Tt]he|[Aa]n?|[Tt]his)\s+${CALENDAR_DAY}\s+(?:\p{Lu}[\p{L}-]+\s+)?)attacks?\b(?=[^.;]{0,120}?\b(?:[Tt]error\w*|[Mm]ilitants?|[Gg]unmen|[Tt]ourists)\b)`, 'gu') },
  { type: 'military_action', re: new RegExp(String.raw`(?<=\b(?:[Tt]he|[Aa]n?|[Tt]his)\s+${CALENDAR_DAY}\s+(?:\p{Lu}[\p{L}-]+\s+)?)attacks?\b`, 'gu') },
  // "a deadly attack in the town of Pahalgam on 22 April, which killed 26 tourists": a bare "attack" pinned down by a
  // calendar date after its place (names joined by "and", or a possessive, and up to two common nouns before them);
  // a terrorist one when its sentence speaks of terror, militants, gunmen or tourists, else military ("a terrorist
  // attack in ..." is left to the rule for its kind).
  { type: 'terrorist_attack', re: new RegExp(String.raw`(?<=\b(?:[Tt]he|[Aa]n?|[Tt]his|another)\s+(?:(?!terror|militant|suicide)[\p{Ll}-]+\s+){0,2})attacks?\b(?=${PLACE_THEN_DAY})(?=[^.;]{0,160}?\b(?:[Tt]error\w*|[Mm]ilitants?|[Gg]unmen|[Tt]ourists)\b)`, 'gu') },
  { type: 'military_action', re: new RegExp(String.raw`(?<=\b(?:[Tt]he|[Aa]n?|[Tt]his|another)\s+(?:(?!terror|militant|suicide)[\p{Ll}-]+\s+){0,2})attacks?\b(?=${PLACE_THEN_DAY})`, 'gu') },
  // Rule 'attack-dated-after-it': "after a deadly attack last week in the valley", "an assault overnight on the
  // capital", "an attack on Sunday": a bare "attack" or "assault" with a relative date right after it, its own (a
  // date that follows a noun, see find-incidents' POSTPOSED_DATE). Told as a clause's cause it still places the attack.
  // A terrorist one when its sentence speaks of terror, militants, gunmen or tourists; else military, or the known
  // incident its region and days name (lexicon/known-incidents.ts).
  { type: 'terrorist_attack', re: new RegExp(String.raw`(?<=\b(?:[Tt]he|[Aa]n?|[Tt]his|another)\s+(?:(?!terror|militant|suicide)[\p{Ll}-]+\s+){0,2})(?:attack|assault)${DEFINITE_NOT_ON}(?=${DATE_AFTER_NOUN})(?=[^.;]{0,160}?\b(?:[Tt]error\w*|[Mm]ilitants?|[Gg]unmen|[Tt]ourists)\b)`, 'gu') },
  { type: 'military_action', re: new RegExp(String.raw`(?<=\b(?:[Tt]he|[Aa]n?|[Tt]his|another)\s+(?:(?!terror|militant|suicide)[\p{Ll}-]+\s+){0,2})(?:attack|assault)${DEFINITE_NOT_ON}(?=${DATE_AFTER_NOUN})`, 'gu') },
  { type: 'terrorist_attack', re: /\b(?:terror(?:ist)?\s+(?:attack|strike)s?|suicide\s+(?:bombing|attack)s?|militant\s+attacks?|massacre)\b/gi },
  // "the killing of 26 people by gunmen", "the deaths of 26 tourists ..., the result of terrorism": killings of people
  // that the clause lays at the door of gunmen, militants or terror (unattributed deaths name no incident).
  { type: 'terrorist_attack', re: /\b(?:killings?|deaths|murders?|shooting)\s+of\s+(?:\d+|[\w-]+)\s+(?:[\w-]+\s+)?(?:people|civilians|tourists|pilgrims|visitors|persons|holidaymakers)\b(?=[^.;]{0,100}?\b(?:terror\w*|gunmen|militants?|insurgents)\b)/gi },
  { type: 'military_action', re: /\b(?:(?:drone|missile|air|artillery|rocket|military|retaliatory)(?:\s+and\s+(?:drone|missile|rocket|artillery))?\s+(?:strikes?|attacks?|assaults?)|airstrikes?|air\s+raids?|shelling|exchange\s+of\s+fire|cross-border\s+firing|(?:strikes?|attacks?)(?=\s+on\s)(?!(?<=\bfor\s+(?:the|this|that)\s+(?:[\w-]+\s+)?(?:strikes?|attacks?))\s+on\s+(?:early\s+|late\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b))\b/gi },
  // "Militants killed 26 tourists near Pahalgam on April 22", "gunmen opened fire on ..." (with its day): an attack told
  // by its attackers and their act, not by a noun for it. Undated, or "the militants", it is one the story told already.
  { type: 'terrorist_attack', ownDate: 'dated', re: /(?<!\b(?:the|these|those)\s+(?:[a-z-]+\s+)?)\b(?:terrorists|militants|gunmen|insurgents|attackers|assailants|(?:an?\s+)?(?:terrorist|militant|gunman|suicide\s+bomber))\s+(?:(?:had|have|has|reportedly|allegedly)\s+)?(?:killed|shot\s+dead|gunned\s+down|massacred|opened\s+fire|stormed|attacked|ambushed|targeted)\b/gi },
  // "A car explosion near the fort killed 12 people on Monday", "a bomb blast injured dozens at the market on Friday", "an
  // explosion tore through the court's car park on Tuesday": a bombing told by its device and what it did, with its
  // day. A bare "explosion" or "blast" is one only when it tore or ripped through a place (a blast in a war's strike is
  // the strike's, told by the rules for it); "the blast" is one told already.
  { type: 'terrorist_attack', ownDate: 'dated', re: /(?<!\b(?:the|these|those|that|this)\s+(?:[a-z-]+\s+)?)\b(?:(?:(?:car|truck|bomb|suicide|IED|motorcycle|twin|serial|terror)\s+(?:blasts?|explosions?|bombings?)|bombings?)\b(?=[^.;]{0,80}?\b(?:killed|killing|kills|left\s+(?:\d+|[\w-]+)\s+(?:people\s+)?dead|tore\s+through|ripped\s+through|injured|injuring|wounded|wounding)\b)|(?:blasts?|explosions?)\s+(?:tore|ripped)\s+through\b)/gi },
  // "Russian missiles killed 35 people in Sumy on Sunday", "drones hit an energy facility overnight": a strike told by its
  // weapons and what they did, with its day. Undated, or "one of the missiles", it is a detail of a strike told already.
  { type: 'military_action', ownDate: 'dated', re: /(?<!\b(?:the|these|those)\s+(?:[a-z-]+\s+)?)\b(?:missiles?|drones?|rockets?|shells|bombs|glide\s+bombs|warplanes|fighter\s+jets|artillery(?:\s+fire)?|(?:air\s*)?strikes?|air\s+raids?|bombardments?|shelling)\s+(?:(?:had|have|has|reportedly|allegedly)\s+)?(?:killed|hit|struck|attacked|slammed\s+into|pounded|destroyed|damaged|wounded|injured|targeted|rained\s+down\s+on)\b/gi },
  // "Operation Sindoor, which was launched on May 7": a military operation named as such; not its name as a modifier
  // of another noun ("the Operation Sindoor global outreach", "an Operation Sindoor discussion").
  { type: 'military_action', re: new RegExp(String.raw`\bOperation\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?(?![\p{L}-])(?!['’]?s?\s+(?:[\p{Ll}-]+\s+){0,2}?${NAMED_FOR})`, 'gu') },
  // "three air bases came under Indian attack": the attack its target suffered, by whoever the word before names.
  { type: 'military_action', re: /(?<=\bcame\s+under\s+(?:[\w-]+\s+){0,2})(?:attack|fire|shelling|bombardment)\b/gi },
  // "launched a full-scale invasion of Ukraine in February 2022", "since the start of Russia's invasion of Ukraine on 24
  // February 2022": the war's opening, told as background with its own month or day. Undated ("the war sparked by
  // Russia's invasion") or dated by a year alone ("since its 2022 invasion") it places nothing on a timeline of days.
  { type: 'military_action', ownDate: 'month-or-day', re: /\b(?:full-scale\s+)?invasion\b(?!\s+of\s+(?:privacy|the\s+pitch))/gi },
  // Rule "an act of war opened or answered": "India started the war against Pakistan last month", "Russia began its
  // war on Ukraine in February 2022": a war a state opens on another, an event only on the month or day its own words
  // give. Not a war of some other kind ("a trade war against", "the war on terror", "a war of words").
  { type: 'military_action', ownDate: 'month-or-day', re: new RegExp(String.raw`(?<=\b${WAR_OPENING_VERBS}\s+(?:an?|the|its|their|this)\s+(?:(?:full-scale|all-out|open|undeclared|unprovoked)\s+)?)war\b(?=\s+(?:against|on)\s+(?!(?:terror|terrorism|drugs|crime|corruption|poverty)\b))`, 'g') },
];

/** Event types that are incidents (attacks, strikes) rather than acts of diplomacy. */
export const INCIDENT_TYPES: ReadonlySet<EventType> = new Set(INCIDENT_CUES.map((c) => c.type));

/** Words that make an event planned rather than past. */
export const PLANNED = new RegExp(String.raw`\b(?:${PLANNED_MARKER})\b`, 'i');
/** Words that make an event go on as the article is written ("is meeting"). */
export const ONGOING = new RegExp(String.raw`\b(?:${ONGOING_MARKER})\b`, 'i');

/**
 * "Trump's phone call with Putin will take place today": a contact told as a noun is planned by the verb after it.
 * The cue ends on the noun and its "with"; the other party and up to three more words may stand before the verb. In a
 * with-phrase the participle stands alone ("..., with talks between the two armies scheduled for Thursday", with-plan.ts).
 */
export const CONTACT_NOUN_CUE = /\b(?:calls?|conversations?|meetings?|talks|summits?|visit)(?:\s+(?:with|between))?$/i;
export const TOLD_AHEAD_AFTER = /^(?:\s+[\p{L}'’.-]+){0,4}?\s+(?:(?:will|(?:(?:is|are)\s+)?(?:due|set|scheduled|expected|planned)\s+to)\s+(?:take\s+place|be\s+held|happen|go\s+ahead|begin|start)\b|(?:(?:is|are)\s+)?(?:scheduled|set|planned|slated)\s+for\b)/iu;
/**
 * "The scheduled meeting between A and B took place on Friday": a contact noun whose clause goes on to tell it held
 * happened, whatever word before it called it scheduled or planned. Up to six words (its parties) before the verb.
 */
export const TOLD_HELD_AFTER = /^(?:\s+[\p{L}'’.-]+){0,6}?\s+(?:took\s+place|(?:was|were)\s+held|went\s+ahead|ended|concluded)\b/iu;

/** A clause that asks rather than reports ("Asked if the President was planning to speak"). */
export const QUESTION = /^\s*(?:asked\s+(?:if|whether|about)|when\s+asked|whether)\b/i;

export const CHANNEL_CUES: { channel: Channel; re: RegExp }[] = [
  { channel: 'press_briefing', re: /\b(?:press\s+briefing|briefing|press\s+conference|news\s+conference|told\s+reporters|reporters|podium|brief(?:ed|s)?\s+(?:the\s+)?(?:media|press|journalists)|address(?:ed|es|ing)?\s+(?:the\s+)?(?:media|press|reporters|journalists))\b/i },
  { channel: 'social_media', re: /\b(?:Truth\s+Social|on\s+X\b|Twitter|tweet(?:ed)?|Facebook|Telegram|Instagram|social\s+media|in\s+a\s+post|posted|(?:X|Twitter|Telegram|Facebook|Instagram)\s+(?:account|handle|timeline|page|channel|feed))\b/i },
  // "told the Iranian state-run Press TV that": a broadcaster or paper spoken to is an interview.
  { channel: 'interview', re: /\b(?:[Ii]nterview|told\s+(?:the\s+)?[A-Z][\w.]+(?:\s+[A-Z]\w+)?\s+in|told\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:[A-Z][\w.]*\s+){0,3}(?:TV|Radio|News|Times|Post|Journal|newspaper|daily|broadcaster|channel|magazine))\b/ },
  // Words said during a call went over the line ("during the conversation, X urged Y", "in the course of the call"); a
  // call for calm is an appeal, and a conversation with reporters a briefing.
  { channel: 'phone', re: /\b(?:during|in\s+the\s+course\s+of|on)\s+(?:the|their|his|her|a|this|that)\s+(?:[\w-]+\s+){0,2}?(?:conversation|(?:tele)?phone\s+call|call)\b(?!\s+(?:for|to|with\s+(?:the\s+)?(?:journalists|reporters|press|media))\b)/i },
  // A letter sent is a written statement ("sent four letters urging", "in a letter to her counterpart").
  // An address to the nation is the government's statement, as is a statement issued or quoted from.
  { channel: 'official_statement', re: /\b(?:in\s+(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+)?statement|issu(?:ed|es|ing)\s+a\s+(?:[\w-]+\s+)?statement|according\s+to\s+(?:a|an|the)\s+(?:[\w-]+\s+)?statement|press\s+release|readout|communiqu[eé]|(?:released|published)\s+by\s+(?:his|her|their|the)\s+(?:[\w-]+\s+)?office|in\s+a\s+letter|(?:sent|wrote|written|dispatched)\s+(?:[\w-]+\s+){0,2}?letters?|address(?:ed|es|ing)?\s+the\s+nation|(?:televised|national)\s+address)\b/i },
  { channel: 'media_report', re: /\b(?:reportedly|according\s+to\s+(?:reports|media|sources)|quoted\s+\w+\s+as\s+saying)\b/i },
];

/** Words of contact that tell nothing of its medium ("the commanders had engaged", "will interact again"): neither a table nor a line. */
export const MEDIUM_UNTOLD = /^(?:engaged|interacted|(?:will|would|to)\s+(?:engage|interact))\b/i;

/** A state's measures against another: announced by its government in writing (the channel when no other is told). */
export const STATE_MEASURES: ReadonlySet<EventType> = new Set<EventType>(['expel', 'reduce_relations', 'sanctions']);

/** Offices whose holder speaks for the state ("Foreign Office Spokesperson", "White House Press Secretary"). */
export const SPOKESPERSON_TITLE = /\b(?:spokes(?:person|man|woman)|press\s+secretary)\b/i;

/** Acts of speaking: what a person says, in whatever mood (asking, refusing, blaming, threatening). */
export const SPEECH_ACTS: ReadonlySet<EventType> = new Set<EventType>(['statement', 'appeal', 'demand', 'condemnation', 'accusation', 'threat', 'rejection']);

/**
 * "X ruled out talks, calling them pointless and urging Y to withdraw": a participle joined by a comma or "and" to a
 * verb of speaking tells how that one act of speaking went on, not a second act (one event per act of speaking). The
 * gap is from the end of the earlier verb's cue to the participle: no clause of its own (no semicolon, colon or
 * sentence stop, no "but") between.
 */
export const SAME_ACT_PARTICIPLE = { verb: /^\w+ing\b/i, gap: /^[^;:.!?]*?(?:,|\band)\s*$/i, notAfter: /\bbut\b/i };

/** Contact events: every person on both sides takes part. */
export const CONTACT_TYPES = new Set<EventType>(['phone_call', 'meeting', 'visit', 'host_visit', 'negotiation', 'mediation']);
