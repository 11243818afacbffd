import type { EventType } from '../../src/shared/schema';
import type { DateMention, Range } from '../types';
import { PAST_MARKER } from '../lexicon/tense-words';
import { REPORTING_VERB } from '../lexicon/reporting-verbs';
import { ROLE_PHRASE } from '../lexicon/person-objects';
import { NUMBER, WEEKDAY } from '../lexicon/calendar-words';
import { toldOfTheAct } from './act-told-of';
import { OCCURRENCE_NOUN } from '../dates/noun-dates';
import { inClauseOfAnotherSubject } from './clause-of-another-subject';

/**
 * Which clause a date word belongs to, seen from one verb of the sentence. A sentence often holds several acts and
 * several dates; each date tells when its own clause happened. Rules in the order `dateScope` applies them.
 */
export type DateScope =
  /** The verb's own date. */
  | 'own'
  /** The date of a leading "after ..." clause: the verb happened on that day or later ("After the talks on Saturday, he posted"). */
  | 'on-or-after'
  /**
   * The date of the verb joined to this one by "and" ("arrived late Wednesday and met X on Thursday"): this verb's
   * only when it has no date of its own.
   */
  | 'shared'
  /**
   * The date of a clause the verb's own clause is told some hours before ("accused each other early Sunday, hours after
   * Trump announced the truce"): this verb's day or the day before it, as hours reach back over midnight.
   */
  | 'hours-before'
  /**
   * The date of a clause the verb is told some hours after ("drones struck Kyiv hours after the call on Thursday"):
   * that day or the next, as hours run on past midnight.
   */
  | 'hours-after'
  /**
   * The date of an accusation whose object this verb tells ("on Monday accused Kyiv of launching drones"): what was
   * charged was done by that day, in the days up to it; the date is the charge's.
   */
  | 'charged-by'
  /**
   * The date of the clause this verb's "after" clause is the cause of ("the talks collapsed on Wednesday after Kyiv
   * rejected the plan"): the verb came first, on that day or in the days before it.
   */
  | 'on-or-before'
  /**
   * The date of a teller's clause after the verb's ("Russian drones struck Kyiv, the ministry said on Tuesday"): the
   * telling's day; what it tells was done by then, in the days up to it, as for "said on Tuesday that ...".
   */
  | 'told-by'
  /** Another clause's date, none for this verb. */
  | 'other';

/** Verbs of saying: a date after one dates the saying only when it follows the verb directly ("said on Friday"). */
const SAYING_TYPES = new Set<EventType>(['statement']);
/**
 * Where, how or at what hour something was said: a preposition and its short noun phrase ("on his Telegram channel",
 * "at the White House", "at 8 pm").
 */
const SETTING = String.raw`(?:on|in|to|at|during|via|from|through|before|with)\s+(?:(?:an?|the|his|her|its|their|[\p{Lu}][\p{L}]*['’]s)\s+)?(?:[\p{L}\d.:-]+\s+){0,3}?`;
/**
 * What may stand between a verb of saying and its date: up to two settings ("wrote on X on Sunday", "said in a post on
 * Telegram on Friday"), after a verb that takes one, first whom it was told ("told reporters at the White House on
 * Wednesday", "told Geo News yesterday"). Anything else after the verb is what was said ("said the army struck
 * villages last night"), and its date is that happening's.
 */
const SAYING_SETTING = new RegExp(String.raw`^[\s,]*(?:${SETTING}[\s,]*){0,2}$`, 'u');
const TOLD_SETTING = new RegExp(String.raw`^[\s,]*(?:[\p{L}.-]+\s+){0,3}?[\s,]*(?:${SETTING}[\s,]*){0,2}$`, 'u');
/**
 * Verbs of saying whose object is the person told, not what was said. Rule "warned-whom": a warning, a reminder or a
 * caution is told to someone too ("warned the West on Tuesday against sending troops", "reminded Kyiv on Friday of its
 * pledge"): the date after whom it was told is the saying's, as after "told reporters".
 */
const TELLS_SOMEONE = /^(?:told|tells|briefed|briefs|informed|informs|assured|assures|warned|warns|cautioned|cautions|reminded|reminds)\b/i;
/** Words that begin what was said rather than where it was said (a possessive after a preposition is a setting's). */
const WHAT_WAS_SAID = /\b(?:that|he|she|it|they|we|there|his|her|their)\b/i;
/** The person told named by a role phrase right after the verb ("his Pakistani counterpart", "the visiting envoy"). */
const WHOM_BY_ROLE = new RegExp(String.raw`^\s*${ROLE_PHRASE}`, 'u');
const SETTING_POSSESSIVE = /\b(on|in|to|at|during|via|from|through|before|with)\s+(?:his|her|its|their)\b/gi;

/**
 * Verbs of saying whose object is what they praise, thank or welcome ("thanked the envoys on Tuesday", "hailed the
 * armed forces for their courage on Tuesday"), or whose complement is what they call it ("described the talks as
 * constructive on Monday", "portrayed the sanctions as a sign of weakness on Tuesday"): a short noun phrase, with what
 * it is for, stands before their date.
 */
const PRAISES_SOMETHING = /^(?:thank|prais|hail|laud|commend|applaud|welcom|congratulat|describ|characteri|portray|depict)\w*\b/i;
const PRAISED_SETTING = new RegExp(String.raw`^[\s,]*(?:(?:the|a|an|his|her|its|their|[\p{Lu}][\p{L}]*['’]s)\s+)?(?:[\p{L}.'’-]+\s+){0,6}?(?:for\s+(?:[\p{L}'’-]+\s+){1,4}?)?[\s,]*(?:${SETTING}[\s,]*){0,2}$`, 'u');
const OPENS_A_CLAUSE = /\b(?:that|who|which|whose|as|because|after|before|when|while)\b/i;

/** Whether `between` (from the end of a verb of saying to a date) only says where, how or to whom it was said. */
export function isSayingSetting(verb: string, between: string): boolean {
  if (PRAISES_SOMETHING.test(verb)) return PRAISED_SETTING.test(between) && !OPENS_A_CLAUSE.test(between);
  const tells = TELLS_SOMEONE.test(verb);
  const setting = tells ? TOLD_SETTING : SAYING_SETTING;
  // Rule "whom it was told, by a role phrase": "told his Iranian counterpart on Tuesday that": the possessive names the
  // person told, not the start of what was said.
  const rest = tells ? between.replace(WHOM_BY_ROLE, ' ') : between;
  return setting.test(rest) && !WHAT_WAS_SAID.test(rest.replace(SETTING_POSSESSIVE, '$1'));
}

/**
 * Words that open a clause of its own inside a sentence: a date after one of them (past the verb) tells when that
 * other act happened, not the verb's event ("pledged to end the war after being sworn in in January", "met Putin,
 * who had visited in March"). Background, not the scene.
 */
const SUBORDINATE = /\b(?:since|(?<!\b(?:hours|minutes|shortly|soon|just|moments|right|immediately)\s)(?:after|before)|when|while|until|following|who|which|whose|that|because)\b/i;
/**
 * A clause opener between a date and the verb after it, with no comma closing that clause before the verb: the verb
 * is in the clause the opener begins, the date in the one before ("plans to host a summit Wednesday collapsed after
 * Kyiv rejected the proposal"; "The council will meet today after Delhi announced sanctions").
 */
const OPENS_VERB_CLAUSE = /\b(?:(?<!\b(?:hours|minutes|shortly|soon|just|moments|right|immediately)\s)(?:after|before)|when|while|until|following|because|although|though|whereas)\b[^,;:]*$/i;
/**
 * "after" or "following" and the clause of the verb, right after a date (a few words at most, no comma between): the verb's clause is
 * what led to the dated one ("couldn't agree in June after India refused to sign"). Not with a count ("two days
 * after", "hours after"): those say how long before, and rules of their own count it.
 */
const CAUSE_AFTER = /^\s*(?:[\p{L}'’-]+\s+){0,4}?(?<!\b(?:hours?|minutes?|days?|weeks?|months?|years?|shortly|soon|just|moments|right|immediately|long)\s)(?:after|following)\s[^,;:]*$/iu;
/**
 * The verb opens a relative or complement clause of its own ("responded to the attack that killed 26", "a strike
 * which had hit the port"): a date before the pronoun is the clause before it's ("X on Wednesday responded to ...").
 */
const OPENS_RELATIVE_CLAUSE = /\b(?:that|which|who)\s+(?:(?:had|has|have|was|were)\s+)?[\p{L}-]+\s*$/iu;
/**
 * Unless the clause before sent what the relative clause tells the blow of ("launched drones that struck Kyiv",
 * "fired missiles which hit a school"): one act, told by its launch and its blow, on one day.
 */
const LAUNCHED_WHAT_STRUCK = /\b(?:launched|fired|sent|unleashed|carried\s+out|conducted|mounted|deployed|used)\b/i;
/**
 * A clause opener before a date, with no comma between them but one between the date and the verb: the date is in
 * a leading clause of its own ("After his talks with Trump on Saturday, Zelensky posted", "Rubio, who met Lavrov on
 * Friday, said"). "after", "following" and "in the wake of" make it the earliest day of the verb; other openers ("ahead
 * of" a plan among them), no day of it. "Hours before heading to a service late yesterday, Putin announced": a moment just before is that same day, the verb's own.
 */
const LEADING_CLAUSE = /\b(after|following|in\s+the\s+wake\s+of|ahead\s+of|since|(?<!\b(?:hours|minutes|shortly|soon|just|moments|right|immediately)\s)before|until|when|while|who|which|whose)\b[^,;:]*$/i;
const LEADING_LOWER_BOUND = /^(?:after|following|in\s+the\s+wake\s+of)$/i;
/**
 * Rule "when-of-the-date": "when" right after a date ("an attack on Tuesday, when gunmen killed 26", "rising since last
 * month when Delhi accused Islamabad") is a relative adverb of that date: the clause it opens happened then. A "when"
 * further on, after other words, opens a clause of its own (OPENS_VERB_CLAUSE).
 */
const WHEN_OF_THE_DATE = /^\s*,?\s*when\b[^,;:()]*$/i;
/** A date right before "and" and this verb: the date of the verb before the "and" ("arrived late Wednesday and met"). */
const COORDINATED_AFTER = /^\s*,?\s*and\s+(?:then\s+|later\s+|also\s+)?$/i;
/**
 * "In June, Trump gave Russia 50 days, after which he threatened ...", "..., following which the talks began": a clause
 * that follows on from the one before it happened on that clause's day or later.
 */
const AFTER_WHICH = /,\s*(?:after|following)\s+which\b[^,;:]*$/i;
/**
 * "Dar will travel to China on Monday, where he is expected to hold talks with Wang Yi": what is done where a journey
 * leads is done on its day of arrival or after, during the stay.
 */
const WHERE_AFTER_ARRIVAL = /,\s*where\b[^,;:]*$/i;
/**
 * A reduced relative clause of cause or start after the verb ("met to discuss the war sparked by the invasion in 2022",
 * "the crisis triggered by the attack on April 22"): its date is that earlier thing's, not the verb's.
 */
const REDUCED_RELATIVE = /\b(?:sparked|triggered|caused|started|begun|launched|unleashed|provoked|prompted|ignited)\s+(?:by|in|on|with)\b/i;
/**
 * Rule "participle-of-a-noun": a form that is only ever a participle, with no auxiliary before it, right before the
 * date ("mirroring steps taken the previous evening by India", "the pledges given on Monday"): the date is that noun
 * phrase's, a reduced relative clause, not the verb's.
 */
const PARTICIPLE_BEFORE_DATE = /(?<!\b(?:has|have|had|was|were|is|are|be|been|being|having)\s+(?:\w+ly\s+)?)\b(?:taken|given|undertaken|shown|done|begun|written|drawn|forgiven|overtaken)\s+$/i;
/**
 * Some hours: "hours", "an hour", and (round x20) "minutes", "moments", "shortly", "soon": "shortly after calling Sharif" is
 * the same day or, past midnight, the one before, as "hours after" is.
 */
const SOME_HOURS = String.raw`(?:hours|an\s+hour|minutes|moments|shortly|soon)`;
/** "shortly after midnight", "hours before dawn": a time of the day the date names, not a happening counted from. */
const NOT_A_TIME_OF_DAY = String.raw`(?!\s+(?:midnight|dawn|daybreak|sunrise|noon|midday|sunset|dusk|nightfall)\b)`;
/** A date, then "hours after" and the clause of this verb: the verb came within hours before that date. */
const HOURS_AFTER = new RegExp(String.raw`\b${SOME_HOURS}\s+after\b${NOT_A_TIME_OF_DAY}[^,;:]*$`, 'i');
/** The verb, then "hours after" or "hours before" and the clause whose date follows ("struck hours after the call on Thursday"). */
const HOURS_FROM_LATER = new RegExp(String.raw`\b${SOME_HOURS}\s+(after|before)\b${NOT_A_TIME_OF_DAY}[^,;:]*$`, 'i');
/**
 * Whether the words from an act to a later date put the act some hours after or before that date's clause ("struck Kyiv
 * hours after the call on Thursday", "shelled the port hours before the talks on Friday").
 */
export function hoursFromLater(between: string): 'hours-after' | 'hours-before' | null {
  const m = HOURS_FROM_LATER.exec(between);
  return m ? ((m[1] ?? '').toLowerCase() === 'after' ? 'hours-after' : 'hours-before') : null;
}
/**
 * A verb of charging and whom it charges, right before the verb told as the charge ("accused the Kiev regime of
 * launching", "blamed Islamabad for backing"): the verb's act is what was charged, not the charging.
 */
const CHARGED_WITH = /\b(?:accus(?:ed|es|ing)|blam(?:ed|es|ing)|charg(?:ed|es|ing))\s+(?:[\p{L}'’.-]+\s+){1,5}?(?:of|for|with)\s+$/iu;
/**
 * Rule "teller-after-the-act": a comma, then who told it and a verb of saying, then only where or to whom it was said,
 * between the act and the date (", the ministry said on Tuesday", ", officials told reporters late on Monday", ", Kyiv's
 * air force said in a statement on Friday"): the date is the telling's, not the act's. Up to six words name the teller.
 * The act may be quoted, the comma then closed by its quote mark ('..., have shot down 25 drones," the army said on
 * Thursday'): the date is still the telling's (u26, where the act told "so far" took the saying's day alone).
 */
const TELLER_AFTER = new RegExp(String.raw`,\s*[”"]?\s*(?:[\p{L}\d'’.-]+\s+){1,6}?(${REPORTING_VERB.source})`, 'iu');

/**
 * Rule "teller-after-the-quotation": a quotation closed by a comma and its quote mark, then the verb of saying and its
 * teller in inverted order ('..., have so far shot down 25 drones," said a statement by the army's media wing, on
 * Thursday', '..." said Peskov on Monday'): the date after the teller is the saying's, as after ", the ministry said".
 */
const TELLER_AFTER_QUOTE = new RegExp(String.raw`,\s*[”"]\s*(?:${REPORTING_VERB.source})\s+[^.;:!?"“”]*$`, 'iu');
// The same quotation closed before its teller in plain order ('...," the ministry said on Tuesday') is read by TELLER_AFTER.

/** Whether `between` (from an act to a date after it) ends in a teller's clause whose date that is (rule "teller-after-the-act"). */
export function toldByTellerAfter(between: string): boolean {
  if (TELLER_AFTER_QUOTE.test(between)) return true;
  const m = TELLER_AFTER.exec(between);
  return m !== null && !NAME_NOT_VERB.test(m[1] ?? '') && isSayingSetting(m[1] ?? '', between.slice(m.index + m[0].length));
}

/**
 * A capitalised word is part of a name, no verb of saying: a caption's place ", the United States, on May 12" names
 * the country the scene is in ("States"), and the date is the scene's own.
 */
const NAME_NOT_VERB = /^\p{Lu}/u;

/**
 * Rule "a length after 'after'": "the talks ended after less than two hours on Friday", "broke up after ninety minutes
 * on Monday": "after" or "before" with a length of time says how long the verb's act went on, and opens no clause of
 * its own; the date after it is still the verb's.
 */
const LENGTH_AFTER = new RegExp(String.raw`\b(?:after|before)\s+(?:(?:less|more|fewer)\s+than\s+|(?:nearly|almost|about|around|some|over|under|barely|just|only)\s+(?:over\s+|under\s+)?)?(?:${NUMBER}|[\w-]+)\s+(?:and\s+a\s+half\s+)?(?:minutes?|hours?|days?)\b`, 'gi');

/**
 * Rule "the act told after 'before'": "the two sides exchanged fire on Sunday before agreeing to a truce", "met Putin on
 * Monday before flying to Ankara": the date ends the act before "before"; the act right after it came that day or later.
 */
const BEFORE_THE_ACT = /^\s*before\s+$/i;

/**
 * Rule "by-the-day": "By Thursday evening, Pakistan had shot down 25 drones", "By the end of Sunday, Kyiv said it had
 * returned 390 prisoners": a fronted "by" and a day, closed by a comma, says what was done at or before that day, not on
 * it (u26: "By the evening of Thursday May 8, the reports suggested that Pakistan shot down 25 drones", keyed to the 7th
 * and 8th, was dated the 8th alone). The verb came on that day or in the days before it. Not for what is still to be
 * done ("By Friday, the troops will have left"): that is a deadline.
 */
const FRONTED_BY = new RegExp(String.raw`^[\s"“]*by\s+(?:(?:the\s+)?(?:evening|morning|afternoon|night|end|close|middle)\s+of\s+)?(?:${WEEKDAY},?\s+)?$`, 'i');
const BY_IN_DATE = /^by\b/i;
const STILL_TO_BE_DONE = /\b(?:will|would|shall|must|should|is\s+to|are\s+to|expected\s+to|due\s+to|set\s+to)\b/i;
const frontedBy = (before: string, d: DateMention): boolean => FRONTED_BY.test(BY_IN_DATE.test(d.text) ? `${before}${d.text.slice(0, 3)}` : before);

/**
 * Rule "fronted-start-of-a-journey": "Starting his tour on May 25, the premier has already visited Ankara and Tehran",
 * "Having set off on Monday, the delegation has met ...": a fronted participle of starting names the day a span began,
 * and the acts of the clause after it came on that day or later (u26: the second and third stops of a tour were each
 * dated to its first day).
 */
const FRONTED_START = /^[\s"“]*(?:starting|beginning|kicking\s+off|setting\s+(?:off|out)|having\s+(?:started|begun|set\s+(?:off|out)|kicked\s+off))\b[^,;:]*$/i;
/** Whether a date (`before` from its clause's start to it, `between` from it to the verb) is in a fronted participle of starting. */
export const inFrontedStart = (before: string, between: string): boolean => FRONTED_START.test(before) && /,/.test(between);

/**
 * Rule "the end of another span": "has visited Ankara, with Dushanbe the last stop of the tour ending on May 30", "a
 * truce lasting until Friday": a participle of ending, after words of the verb's clause, before the date names when
 * that other thing (the tour) ends, not the verb's day.
 */
const ENDING_BEFORE_DATE = /\S\s+(?:ending|concluding|finishing|wrapping\s+up|lasting\s+(?:until|till))\s+(?:on\s+|in\s+)?$/i;

/** "since February": the start of a duration, never the day of an event. */
const DURATION_START = /^since\b/i;
/** "until May 18", "till Friday": the end of a duration (a truce extended until then), never the day of the act that set it. */
const DURATION_END = /\b(?:until|till)\s+(?:(?:on|the)\s+)?$/i;

/**
 * Rule "where-clause-of-a-place": ", where" after the verb opens a relative clause of the place the verb named ("met the
 * envoys in the Kremlin, ..., the war in Ukraine, where Moscow launched its invasion in 2022", "met Fidan in Antalya,
 * where the delegations had met on Monday"): a date inside it tells when that clause's act was done, not the verb's.
 * A journey is the one verb whose place clause tells what was done there during it ("arrived in Paris, where he met
 * Macron on Tuesday"), unless that clause is told as done before ("where he had studied in 1990").
 */
const WHERE_OF_A_PLACE = /,\s*where\b/i;
const BEFORE_THE_JOURNEY = /,\s*where\b[^;:]*\bhad\b/i;
const JOURNEY_TYPES = new Set<EventType>(['visit']);
function placeClauseDate(type: EventType, between: string): boolean {
  if (!WHERE_OF_A_PLACE.test(between)) return false;
  return !JOURNEY_TYPES.has(type) || BEFORE_THE_JOURNEY.test(between);
}

/**
 * Rule "relative-clause-of-the-act-itself": "met Witkoff in talks that lasted five hours on Tuesday", "spoke to Macron
 * in a call which was held on Monday": the relative clause tells of the noun that names the verb's own act (how long
 * it went on, when it was held), so its date is the verb's, not another clause's.
 */
const CLAUSE_OF_THE_ACT = new RegExp(String.raw`\b(?:in|during|for|with)\s+(?:(?:an?|the|their|his|her|its)\s+)?(?:[\p{L}-]+\s+){0,2}?${OCCURRENCE_NOUN}\s*,?\s*(?:that|which)\s+(?:lasted|took\s+place|was\s+held|were\s+held|ran|went\s+on|stretched|began|started|ended|opened|closed)\b[^,;:]*$`, 'iu');

/** A date that says when something begins ("a truce starting Monday", "effective Friday"): the start of that thing. */
const BEGINS = /^(?:starting|beginning|effective)\b/i;
/**
 * Rule "a deadline of what was asked or offered": "proposed holding a summit by the end of August", "demanded that
 * Russia withdraw by Friday", "no later than May 20": a date after a past act that says by when something is to be done
 * is when the thing asked or offered falls due, not when it was asked.
 */
const DEADLINE = /^(?:by|no\s+later\s+than)\b/i;
const DEADLINE_BEFORE = /\b(?:by|no\s+later\s+than)\s+$/i;
/** A verb told in the past, first word of an event's cue ("made a proposal for ...", "offered a truce"). */
const PAST_VERB = new RegExp(String.raw`^(?:${PAST_MARKER}|made|offered|proposed|\w+ed)$`, 'i');

/** The clause `d` belongs to, seen from the verb at `at`, inside the clause `clause` of the sentence. */
export function dateScope(body: string, clause: Range, at: Range, type: EventType, d: DateMention): DateScope {
  if (DURATION_START.test(d.text) || DURATION_END.test(body.slice(Math.max(0, d.start - 12), d.start))) return 'other';
  // Rule "act-told-of" (act-told-of.ts): the day of a telling or briefing that names this act is no day of the act.
  if (!SAYING_TYPES.has(type) && toldOfTheAct(body, clause, at, d)) return 'charged-by';
  if (d.start < at.start) {
    const between = body.slice(d.end, at.start);
    if (WHEN_OF_THE_DATE.test(between)) return 'own';
    if (AFTER_WHICH.test(between) || WHERE_AFTER_ARRIVAL.test(between)) return 'on-or-after';
    if (HOURS_AFTER.test(between)) return 'hours-before';
    if (CHARGED_WITH.test(between)) return 'charged-by';
    if (BEFORE_THE_ACT.test(between)) return 'on-or-after';
    // The verb's words may hold its subject ("militants who killed"): the pronoun stands right before the verb itself.
    if (CAUSE_AFTER.test(between) && OPENS_VERB_CLAUSE.test(between)) return 'on-or-before';
    if (OPENS_VERB_CLAUSE.test(between) || (!/[,;:]/.test(between) && OPENS_RELATIVE_CLAUSE.test(body.slice(d.end, at.end)) && !LAUNCHED_WHAT_STRUCK.test(between))) return 'other';
    if (inFrontedStart(body.slice(clause.start, d.start), between)) return 'on-or-after';
    if (frontedBy(body.slice(clause.start, d.start), d) && /,/.test(between) && !STILL_TO_BE_DONE.test(body.slice(d.end, at.end))) return 'on-or-before';
    const lead = LEADING_CLAUSE.exec(body.slice(clause.start, d.start));
    if (lead && /[,;:]/.test(between)) return LEADING_LOWER_BOUND.test(lead[1] ?? '') ? 'on-or-after' : 'other';
    return COORDINATED_AFTER.test(between) ? 'shared' : 'own';
  }
  if (d.start < at.end) return 'own';
  // What a past act proposed or decided begins on that day; the act itself was told before it ("had offered a truce
  // starting Monday" is an offer made earlier, for a truce from Monday).
  const pastVerb = PAST_VERB.test(/^[^\p{L}]*(\p{L}+)/u.exec(body.slice(at.start, at.end))?.[1] ?? '');
  if (BEGINS.test(d.text) && pastVerb) return 'other';
  const between = body.slice(at.end, d.start);
  // Rule "clause-of-another-subject" (clause-of-another-subject.ts): "..., and Germany on Tuesday expelled" is Germany's day.
  if (inClauseOfAnotherSubject(between, body.slice(d.end))) return 'other';
  if (pastVerb && (DEADLINE.test(d.text) || DEADLINE_BEFORE.test(between))) return 'other';
  if (ENDING_BEFORE_DATE.test(between)) return 'other';
  // "struck hours after the call on Thursday": that day or the next; "hours before the talks on Friday": that day or the one before.
  const hours = hoursFromLater(between);
  if (hours) return hours;
  if (placeClauseDate(type, between)) return 'other';
  if (SAYING_TYPES.has(type)) return isSayingSetting(body.slice(at.start, at.end), between) ? 'own' : 'other';
  if (toldByTellerAfter(between)) return 'told-by';
  if (CLAUSE_OF_THE_ACT.test(between)) return 'own';
  return SUBORDINATE.test(between.replace(LENGTH_AFTER, ' ')) || REDUCED_RELATIVE.test(between) || PARTICIPLE_BEFORE_DATE.test(between) ? 'other' : 'own';
}
