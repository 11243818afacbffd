/**
 * Verbs of diplomatic acts, by CAMEO-aligned event type: every English verb a report uses for the act, in all its
 * forms, so that a new wording of a known act is found. The cues built from these lists (events/act-verb-cues.ts)
 * state once, per type, the sense rule that keeps a verb to its act ("called Lavrov to discuss" is a call, "called for
 * calm" an appeal, "called the claim a lie" a rejection).
 *
 * A verb is listed by its forms: `inflect('accuse')` gives accuse, accuses, accused, accusing; irregular verbs list
 * their forms by hand.
 */

/** The four forms of a regular verb: "deny" gives deny, denies, denied, denying; "rebut" with a doubled consonant is given whole. */
export function inflect(lemma: string): string[] {
  if (/[^aeiou]y$/.test(lemma)) return [lemma, `${lemma.slice(0, -1)}ies`, `${lemma.slice(0, -1)}ied`, `${lemma}ing`];
  if (/e$/.test(lemma)) return [lemma, `${lemma}s`, `${lemma}d`, `${lemma.slice(0, -1)}ing`];
  if (/(?:s|sh|ch|x|z)$/.test(lemma)) return [lemma, `${lemma}es`, `${lemma}ed`, `${lemma}ing`];
  return [lemma, `${lemma}s`, `${lemma}ed`, `${lemma}ing`];
}

/** One alternation of every form of the verbs given, longest first so that "accused" is not cut to "accuse". */
export function verbForms(...verbs: (string | string[])[]): string {
  const forms = verbs.flatMap((v) => (typeof v === 'string' ? inflect(v) : v));
  return `(?:${[...new Set(forms)].sort((a, b) => b.length - a.length).join('|')})`;
}

/** CAMEO 021/042 phone call: speaking to someone at a distance. Told "by phone" unless the verb says it (phoned, rang). */
export const PHONE_VERBS = verbForms(['speak', 'speaks', 'spoke', 'spoken', 'speaking'], 'talk', ['chat', 'chats', 'chatted', 'chatting'], ['confer', 'confers', 'conferred', 'conferring'], 'converse', 'hold talks');
/** The medium that makes speaking a call. */
export const BY_PHONE = String.raw`(?:by|over\s+the|on\s+the|via)\s+(?:tele)?phone|by\s+video\s*link|(?:via|over|by)\s+(?:a\s+)?video\s*(?:call|conference)`;
/** Verbs of calling a person: the sense rule (a person after, then what the call was for) is the cue's. */
export const CALL_VERBS = verbForms(['call', 'calls', 'called'], ['phone', 'phones', 'phoned'], 'telephone', ['ring', 'rings', 'rang'], ['dial', 'dials', 'dialled', 'dialed']);

/** CAMEO 112 accuse: laying an act at someone's door. "alleged" only as a verb with its object or "that" ("the alleged plot" is none). */
export const ACCUSE_VERBS = verbForms('accuse', 'blame', 'implicate', ['fault', 'faults', 'faulted']);

/** CAMEO 12x reject / 0x deny: refusing a claim, a proposal or a charge. */
export const REJECT_VERBS = verbForms('rubbish', 'refute', ['rebut', 'rebuts', 'rebutted', 'rebutting'], 'debunk', 'dispute', ['disown', 'disowns', 'disowned', 'disowning']);
/** What a rejection says a claim is: false, made up or worthless. */
export const FALSE_WORDS = String.raw`(?:an?\s+)?(?:(?:outright|blatant|complete|total|pure|absolute|big|malicious|baseless)\s+)?(?:lies?|falsehoods?|fabrications?|fabricated|false|untrue|baseless|groundless|unfounded|fake|nonsense|propaganda|disinformation|misinformation|fiction|slander)`;
/** What a rejection is about: somebody's words about the other side. */
export const CLAIM_NOUNS = String.raw`(?:accusations?|allegations?|claims?|charges?|assertions?|reports?|statements?|remarks|version)`;

/** CAMEO 04 consult / meet: coming together with someone. */
export const MEET_VERBS = verbForms(['gather', 'gathers', 'gathered', 'gathering'], 'convene', 'assemble', ['met', 'meet', 'meets'], ['huddle', 'huddles', 'huddled']);
/** A sitting its members gather for. */
export const SITTING_NOUNS = String.raw`(?:session|sitting|meeting|summit|talks|consultations|conference)`;

/** CAMEO 16 reduce relations: a measure that closes, bans or restricts. */
export const RESTRICTION_NOUNS = String.raw`(?:closures?|bans?|restrictions?|curbs?|NOTAMs?|notices?\s+to\s+airm[ae]n|suspensions?|embargo(?:es)?|prohibitions?|blockades?)`;
/** Verbs that keep a measure in force longer. */
export const EXTEND_VERBS = verbForms('extend', 'prolong', 'renew');

/** CAMEO 13 threaten: a warning given to a party (a weather "warning" is given to nobody). */
export const WARNING_NOUNS = String.raw`(?:warnings?|ultimatums?|threats?)`;

/**
 * CAMEO 19 fight: verbs of carrying out an attack, in the past ("launched strikes", "staged a raid"): their object is
 * the attack itself. "carried" takes its "out", which each use writes as its words need.
 */
export const LAUNCH_VERBS = String.raw`(?:launched|conducted|mounted|staged|unleashed)`;

/**
 * CAMEO 19 fight: verbs that answer a blow with one of one's own ("responded with Operation X", "hit back with drone
 * strikes", "retaliated with a barrage"): their object after "with" is the answer, an attack when its noun is one.
 */
export const ANSWER_WITH_VERBS = String.raw`(?:responded|retaliated|replied|hit\s+back|struck\s+back)\s+with`;
/** CAMEO 19 fight: verbs that open a war ("started the war against", "began its war on", "waged a war against"). */
export const WAR_OPENING_VERBS = String.raw`(?:started|began|launched|waged|unleashed)`;

/**
 * CAMEO 19 fight: verbs of a blow at a target, in the past ("attacked", "hit", "raided"). Each also has a sense of words
 * ("attacked the plan", "hit back at critics", "hit its target"): the cues keep them to a target of force.
 */
export const FORCE_VERBS = String.raw`(?:attacked|hit|raided|stormed|bombarded|hammered|pummell?ed|blitzed|assaulted|struck)`;
/** What force is aimed at: troops and their posts, places and what keeps them running ("Ukrainian positions", "a refinery", "the power grid"). */
export const TARGET_NOUNS = String.raw`(?:positions|posts|outposts|trenches|troops|soldiers|forces|units|convoys?|columns?|villages?|towns?|city|cities|settlements?|ports?|airports?|airfields?|air\s+bases?|bases|military\s+base|naval\s+base|depots?|refiner(?:y|ies)|oil\s+facilit(?:y|ies)|facilit(?:y|ies)|infrastructure|(?:power|energy)\s+(?:grid|plants?|stations?|facilit(?:y|ies))|grid|substations?|bridges?|railways?|rail\s+hubs?|warships?|ships|vessels|fleet|targets|sites|camps|launch(?:ers|\s+pads?)|headquarters|command\s+posts?|region|oblast|capital|districts?|neighbou?rhoods?|residential\s+(?:areas?|buildings?|blocks?)|apartment\s+(?:buildings?|blocks?)|hospitals?|border\s+areas?|front\s*lines?)`;
/** What a blow of words is aimed at: a text, a policy or a decision ("attacked the plan", "blasted the decision"). */
export const WORDS_NOUNS = String.raw`(?:plans?|proposals?|decisions?|remarks|comments|statements?|polic(?:y|ies)|deal|moves?|reports?|resolutions?|bill|law|rulings?|claims?|speech|stance|position|approach|handling|response|media|press|critics|idea|initiative|offer|demands?|ultimatum|letter|visit|summit|talks)`;

/** CAMEO 07 provide aid / 03 intent: what one state promises another's war or people ("more air defences", "5 billion euros", "a new aid package"). */
export const AID_NOUNS = String.raw`(?:aid|assistance|support|weapons|arms|air\s+defen[cs]es?(?:\s+systems)?|systems|missiles|munitions|ammunition|shells|tanks|jets|fighter\s+jets|drones|funding|funds|loans?|grants?|packages?|euros|dollars|pounds|billion|million|troops)`;

/** CAMEO 042 travel to: an occasion attended abroad ("the Victory Day parade", "the Pope's funeral", "the inauguration"). */
export const CEREMONY_NOUNS = String.raw`(?:parades?|ceremon(?:y|ies)|celebrations?|commemorations?|festivities|funerals?|inaugurations?|swearing-in|coronation|anniversary|memorial|military\s+show|march)`;

/**
 * CAMEO 12 reject (a plan called off): verbs that cancel or put off what was planned, in their finite forms only
 * ("cancelled", "called off", "postpones"); "cancelling" after "did not rule out" and "may postpone" call off nothing.
 */
export const CALL_OFF_VERBS = String.raw`(?:cancell?ed|cancels|call(?:ed|s)\s+off|postpon(?:ed|es)|scrapp(?:ed)|scraps|shelved|shelves|deferr(?:ed)|defers|put\s+off|puts\s+off|axed|pulled\s+the\s+plug\s+on)`;
/** The same verbs as a passive's participle ("was called off", "were put on hold"). */
export const CALLED_OFF_PARTICIPLES = String.raw`(?:cancell?ed|called\s+off|postponed|scrapped|shelved|deferred|put\s+off|put\s+on\s+hold|put\s+on\s+ice|axed|indefinitely\s+postponed)`;
/** CAMEO 046 negotiate: talks by their noun ("talks", "negotiations", "consultations"). */
export const TALKS_NOUNS = String.raw`(?:talks|negotiations|consultations)`;

/** What a state plans and can call off: a sitting, a journey, a signing or a briefing ("the summit", "his trip", "a news conference"). */
export const PLAN_NOUNS = String.raw`(?:summits?|meetings?|talks|negotiations|consultations|visits?|trips?|tours?|signing(?:\s+ceremony)?|ceremony|(?:news|press)\s+conferences?|briefings?|round\s+of\s+talks|sessions?|(?:plans?|preparations)\s+for\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:summit|meeting|talks|visit|trip|signing))`;

/** CAMEO 163 sanctions: the measure counted in batches ("a package of sanctions", "a fresh round of sanctions"). */
export const SANCTION_BATCH = String.raw`(?:package|round|set|wave|raft|batch|tranche)`;

/**
 * CAMEO 03 / 04 proposals: a text one side lays before the other ("a memorandum", "a 28-point peace plan", "a draft
 * treaty", "a roadmap"); a report or a budget is none.
 */
export const PROPOSAL_TEXT_NOUNS = String.raw`(?:memorand(?:um|a)|(?:peace|settlement|ceasefire)\s+(?:plans?|proposals?|frameworks?|roadmaps?|initiatives?|formula|deal)|\d+-point\s+(?:[\w-]+\s+)?(?:plan|proposal|document|framework)|draft\s+(?:agreement|treaty|memorandum|accord|deal|document)|roadmaps?|position\s+papers?)`;
/** Verbs of laying a proposal before the other side. */
export const PUT_FORWARD_VERBS = String.raw`(?:put\s+forward|puts\s+forward|present(?:ed|s)|submit(?:ted|s)|tabled|tables|unveil(?:ed|s)|floated|floats|handed\s+over|sent|proposed)`;

/** CAMEO 03 offers (round x20): verbs that put a sitting or a step forward for the other side to take up, as finite forms. */
export const OFFER_VERBS = String.raw`(?:proposed|proposes|suggested|suggests|offered|offers|floated|floats|mooted|pitched|raised|broached|put\s+forward|puts\s+forward)`;
/** Words of being ready for an act ("ready to meet", "open to talks"), not of doing it. */
export const READY_WORDS = String.raw`(?:ready|willing|prepared|open|eager|keen|glad|happy|available)`;
/**
 * A form of "be" and at most one word before such readiness ("was willing", "would be glad", "is not ready", "remains
 * open"): without it, "prepared for the summit" and "got ready for the summit" are acts of preparing one.
 */
export const BE_BEFORE_READY = String.raw`\b(?:is|are|was|were|am|be|been|being|remains?|remained|stands?|stood|seems?|seemed|appears?|appeared)\s+(?:\p{L}+\s+)?`;
/**
 * Nouns of that readiness, told by a verb of saying it ("reiterated his willingness to meet"); a "desire" is no
 * readiness ("expressed his desire for the situation to de-escalate").
 */
export const READINESS_NOUNS = String.raw`(?:readiness|willingness|openness|preparedness)`;
/** A halt to the fighting kept in force: a truce, an understanding, or a pause in strikes. */
export const TRUCE_NOUNS = String.raw`(?:ceasefire|cease-fire|truce|cessation\s+of\s+hostilities|understanding|(?:halt|pause|moratorium|suspension)\s+(?:to|on|of|in)\s+(?:[\w-]+\s+){0,3}?(?:attacks|strikes|shelling|firing|fighting|hostilities))`;
