import { CALL_OFF_VERBS } from './act-verbs';

/**
 * Words that place what a clause tells before or after the moment of reporting. The dates stage reads a date's
 * direction with them; the events stage marks an event planned with the future ones.
 */

/** After a contact named as scheduled or planned, no verb telling it held ("the scheduled talks were held on Friday"). */
const NOT_TOLD_AS_PAST = String.raw`(?![^.;]{0,80}?\b(?:was|were|took\s+place|had\s+been|has\s+been|ended|began|concluded)\b)`;
/**
 * Rule "a plan called off" (events/plan-and-agreement-cues.ts): "cancelled the planned summit", "scrapped an upcoming
 * visit": the plan's word describes what was called off, which is itself told in the past.
 */
const NOT_CALLED_OFF = String.raw`(?<!\b${CALL_OFF_VERBS}\s+(?:(?:on\s+\w+|abruptly|suddenly)\s+)?(?:(?:the|a|an|its|his|her|their|this|that)\s+)?)`;

/** Participles that, before "to" and a verb, set an act ahead: "due to", "set to", "expected to". */
export const SET_TO = 'due|set|scheduled|expected|slated|poised';

/**
 * A participle of plan and what it plans, with no verb of tense before it (round x20, events/with-plan.ts): "(with the
 * commanders) due to hold talks", "(talks) expected to resume", "(a second round) planned for next week", "(Zelensky,)
 * set to visit"; not after "no" ("with no date set for a second round": nothing planned).
 */
export const PLAN_PARTICIPLE = String.raw`(?<!\bno\s+(?:[\w-]+\s+){0,2})(?:${SET_TO}|planned)\s+(?:for\b|to\s+(?:hold|meet|speak|talk|visit|travel|fly|convene|resume|sit|host|attend|begin|start|open|continue|take\s+place|be\s+held)\b)`;

/** Future markers: "will meet", "is expected to", "scheduled for", "upcoming", "a scheduled summit". */
export const FUTURE_MARKER = String.raw`${PLAN_PARTICIPLE}|in the coming (?:days|weeks)|will|won't|shall|is to|are to|(?:is|are|was|were) (?:due|set|scheduled|expected|slated|likely|going|poised|planning) to|(?:is|are) (?:due|expected) (?:back )?in|plans? to|intends? to|scheduled for|planned for|upcoming|(?:forthcoming|scheduled)(?=\s+(?:[\w-]+\s+){0,2}?(?:talks|negotiations|meetings?|summit|visit|trip|calls?|round|session)\b${NOT_TOLD_AS_PAST})|next|later this|to be held|would (?:each |also |then )?(?:visit|meet|travel|hold|speak|talk|host|arrive|attend|sign|resume|take place|be held|begin|start|go|return|come|exchange|swap|hand back|hand over)`;

/** Past markers: verbs of reporting and doing in the past, and words that look back ("ago", "earlier"). */
export const PAST_MARKER = String.raw`said|says|spoke|met|held|talked|called|told|asked|announced|added|stated|was|were|had|has|have|did|killed|struck|launched|visited|expressed|urged|conveyed|emphasi[sz]ed|welcomed|condemned|signed|agreed|claimed|reported|confirmed|discussed|took|came|began|happened|occurred|assured|reassured|promised|pledged|vowed|ago|last|earlier|previous|yesterday`;

/** Words that make an event planned rather than past, anywhere before its verb in the clause ("said he would meet X", "are likely to meet", "would probably meet" (a forecast is no past act), "said both would each exchange 100 prisoners": an act still ahead when it was told; "announced calls with X": a contact announced is one to come; "hoped to speak with X on Friday": a hope kept only with its day, events/clause-structure.ts). */
// "upcoming talks", "a scheduled summit between Trump and Putin", "the planned visit": a contact named as still ahead.
export const PLANNED_MARKER = String.raw`${PLAN_PARTICIPLE}|in\s+the\s+coming\s+(?:days|weeks)|will|shall|(?:is|are)\s+(?:planning|scheduled|set|expected|due|going|slated|poised|likely)\s+to|(?:is|are)\s+(?:expected|scheduled|due)\s+(?:in|on|at|for|next|later|soon)\b|(?:was|were)\s+(?:expected|scheduled|due|slated)\s+to|(?:is|are)\s+to\s+(?:begin|start|open|resume|take\s+place|be\s+held)|plans\s+to|hop(?:e|es|ed)\s+to|to\s+be\s+held|next\s+week|${NOT_CALLED_OFF}upcoming(?=\s+(?:[\w-]+\s+){0,2}?(?:talks|negotiations|meetings?|summit|visit|trip|calls?|conversations?|round|conference|session|exchange|swap)\b)|${NOT_CALLED_OFF}(?:forthcoming|scheduled|planned)(?=\s+(?:[\w-]+\s+){0,2}?(?:talks|negotiations|meetings?|summit|visit|trip|calls?|conversations?|round|conference|session)\b${NOT_TOLD_AS_PAST})|would\s+(?:(?:each|also|then|again|soon|now|likely|probably)\s+)?(?:visit|meet|travel\s+to|hold\s+(?:(?:a|an|the|new|fresh|further)\s+)?(?:talks|summit|meeting|negotiations)|host|attend|exchange|swap|speak\s+(?:with|to)|talk\s+(?:with|to)|call|hand\s+(?:back|over)|take\s+place|be\s+held|go\s+ahead)|announced\s+(?:(?:an?|the|his|her|their)\s+)?(?:new\s+)?(?:(?:phone|telephone|video)\s+)?(?:conversations?|calls?|talks|meetings?|summit|visit)\s+(?:with|to)`;

/**
 * Words that tell a happening as background, earlier than the news: the perfect ("had condemned", "has reportedly
 * sent", "have already been exchanged") right before its verb, or a clause opened by "earlier" or "previously".
 * Without a date of its own, such a happening may lie weeks before the report, not only in the week before it.
 */
const PERFECT_ADVERBS = String.raw`(?:(?:\w+ly|already|also|not|never|since|just|earlier|previously|long)\s+)*(?:been\s+)?$`;
export const PERFECT_BEFORE_VERB = String.raw`\b(?:had|has|have)\s+${PERFECT_ADVERBS}`;
/** The past perfect alone ("had agreed"): in reported words, the simple past shifted back with the telling. */
export const PAST_PERFECT_BEFORE_VERB = String.raw`\bhad\s+${PERFECT_ADVERBS}`;
/** The same in a saying's own reporting words ("India has stated that", "Dar had already said"). */
export const PERFECT_SAYING = String.raw`\b(?:had|has|have)\s+(?:\w+ly\s+|already\s+|also\s+)*(?:been\s+)?\w+\b`;
/** A clause opened by "Earlier," or "Previously,". */
export const LOOKING_BACK_OPENER = String.raw`^[\s"“]*(?:earlier|previously|before\s+that|prior\s+to\s+that)\b`;

/**
 * Present progressive of a contact ("he is meeting Trump at the White House", "the envoys are holding talks", "she is
 * leading a delegation to Istanbul"): it is
 * going on as the article is written, so it falls on the publication day, not in the week before it.
 */
/**
 * Rule "is in a place for talks" (events/arrival-cues.ts): "Witkoff is in Moscow for talks with Putin", "is currently in
 * Ankara for meetings": where a person is, for a sitting, as the article is written; the words end at the cue's "is
 * in" (the visit's own) or run on to the place and its purpose (the talks').
 */
const IN_PLACE_FOR_TALKS = String.raw`(?:is|are)\s+(?:now\s+|also\s+|currently\s+|already\s+)?in(?=\s*$|\s+\S+(?:\s+\S+)?\s+(?:for\s+(?:talks|meetings?|a\s+visit|discussions|consultations|negotiations)|to\s+(?:meet|attend|sign|discuss|hold))\b)`;
export const ONGOING_MARKER = String.raw`(?:is|are)\s+(?:now\s+|also\s+|currently\s+)?(?:meeting|visiting|holding|hosting|attending|touring|negotiating|leading)|${IN_PLACE_FOR_TALKS}`;

/**
 * A headline's infinitive after the names that open it ("Lavrov, Rubio to meet in Geneva", "Indian PM Modi to visit
 * Japan", "Talks to resume"): what is announced as ahead, not told as done. Only names and titles stand before "to",
 * so a purpose after a verb ("went to Moscow to meet Putin") is none. A headline drops "is" before "set to", "due to",
 * "expected to" ("Erdogan set to host talks", "Dar due to visit Beijing"): the same plan.
 */
const HEADLINE_TO = String.raw`^[\s"“]*(?:(?:[\p{Lu}][\p{L}.’'-]*(?:['’]s)?|of|for|the|and)[\s,]+)+(?:(?:set|due|expected|poised|slated|scheduled|likely)\s+)?to\s+`;
export const HEADLINE_INFINITIVE = new RegExp(`${HEADLINE_TO}$`, 'u');
/** The same, with the verb after "to": where a headline's plan ends, so that a date after it is ahead ("Trump to speak with Putin on Monday"). */
export const HEADLINE_INFINITIVE_VERB = new RegExp(String.raw`${HEADLINE_TO}\p{Ll}+\b`, 'u');
/** "Dar due in Beijing next week", "Witkoff expected in Moscow": a headline's names, a dropped "is", and where they are due. */
export const HEADLINE_DUE_IN = /^([\s"“]*(?:[\p{Lu}][\p{L}.’'-]*(?:['’]s)?[\s,]+)+)(?:due|expected)\s+(?:back\s+)?in\b/u;

/**
 * The present tense after a conjunction of time ("when he meets Zelensky", "once Lavrov arrives", "before the leaders
 * travel"): in English it tells what is still ahead. Its subject is a pronoun, a name of capitalised words or a group of
 * officials, so a noun after the conjunction ("after talks with Kyiv") is none.
 */
export const PRESENT_AFTER_TIME_WORD = /\b(?:[Ww]hen|[Oo]nce|[Uu]ntil|[Bb]efore|[Aa]fter|[Aa]s\s+soon\s+as)\s+(?:(?:he|she|it)\s+(?:(?:meets|visits|travels|arrives|lands|hosts|holds|comes|goes|returns|attends|sits\s+down|speaks\s+(?:with|to)|talks\s+(?:with|to))\b)|(?:(?:[\p{Lu}][\p{L}.’'-]*\s+){1,4})(?:meets|visits|travels|arrives|lands|hosts|holds|comes|goes|returns|attends|sits\s+down|speaks\s+(?:with|to)|talks\s+(?:with|to))\b|(?:they|we|the\s+(?:two\s+)?(?:leaders|sides|ministers|delegations|envoys|presidents))\s+(?:meet|visit|travel|arrive|land|host|hold|come|go|return|attend|sit\s+down|speak\s+(?:with|to)|talk\s+(?:with|to))\b)/u;

/**
 * Rule "a time or manner between a promise and its infinitive": "vowed overnight to avenge", "vowed on Thursday to
 * respond", "promised again to help": an adverb of time or manner (with its space) that may stand between a verb of
 * promising and the "to" of what is promised, without changing what was promised.
 */
export const BEFORE_PROMISED_INFINITIVE = String.raw`(?:(?:overnight|again|today|tonight|yesterday|earlier|later|publicly|repeatedly|once\s+more|(?:late\s+|early\s+)?on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\s+)?`;

/**
 * Rule "the news present" (dates/news-present.ts): a headline or a report tells what was just done in the simple
 * present ("Modi meets Macron", "India, Pakistan agree to ceasefire", "the ministry condemns", "Zelensky says").
 * The words a present verb may follow as its subject: a name or a state (capitalised), a closing quotation mark, or
 * one of these nouns of offices and bodies.
 */
export const PRESENT_SUBJECT_NOUN = String.raw`(?:ministry|minister|office|government|army|military|forces|troops|chief|president|premier|spokes(?:person|man|woman)|envoy|officials?|leaders?|sides|countries|states|delegations?|secretary|council|parliament|cabinet|committee|administration|authorities|diplomat|ambassador|embassy)`;
/** Irregular pasts that look like a bare present, and plain verbs that never tell an act ("is", "has"). */
export const NOT_A_NEWS_PRESENT = String.raw`(?:is|has|was|does|hit|cut|put|set|let|shut|met|held|spoke|struck|told|said|sent|took|gave|made|began|came|went|led|thus|this|us|as)`;
/** A present told as a habit, not as news ("regularly accuses", "continues to deny", "has long said"). */
export const HABITUAL_PRESENT = String.raw`\b(?:often|regularly|routinely|repeatedly|usually|frequently|always|never|typically|continues?\s+to|keeps?|long)\b`;
