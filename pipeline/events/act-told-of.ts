import type { DateMention, Range } from '../types';

/**
 * Rule "act-told-of": an act named by its noun inside what a verb of telling or briefing is about ("the minister told
 * lawmakers of India's suspension of the treaty", "briefed the envoys on the expulsion of diplomats", "apprised the UN
 * chief on Monday of the decision to close the border"), or as the object of a verb that raises, answers or judges it
 * ("raised Russia's closure of the crossing", "highlighted the suspension", "condemned India's suspension"). The day
 * of such a telling is not the act's: the act told of was done by then, on that day or in the days up to it (as a
 * happening charged or condemned, rule "incident-as-object"). A date of its own, written in its noun phrase ("the April
 * 22 attack", "the suspension of the treaty on April 23"), still dates it.
 */

/** Verbs that tell someone of something: whom they tell, then "of", "on" or "about" and what they tell of. */
const TELLS_OF = String.raw`(?:told|tells|briefed|briefs|apprised|apprises|informed|informs|updated|updates|reminded|reminds|alerted|alerts)`;
/** Verbs whose object is an act they bring up, answer or judge: the act came first. */
const RAISES = String.raw`(?:raised|raises|highlighted|highlights|flagged|flags|cited|cites|mentioned|mentions|recalled|recalls|condemned|condemns|denounced|denounces|critici[sz]ed|critici[sz]es|deplored|deplores|decried|decries|slammed|slams|protested(?:\s+against)?|protests(?:\s+against)?)`;
/**
 * What stands before the act's noun in its phrase: a determiner or a possessive, up to three modifiers (no clause word),
 * and a decision that names the act by its verb ("India's decision to expel", "the move to close").
 */
const NOUN_LEAD = String.raw`(?:the|a|an|its|their|his|her|this|that|these|those|[\p{Lu}][\p{L}.-]*['’]s)\s+(?:(?!(?:to|that|which|who|and|or|but)\b)[\p{L}-]+\s+){0,3}?(?:(?:decision|move|order)\s+to\s+)?`;
/** Whom it was told: a few words, no comma or clause between (a date among them is the telling's: "apprised the chief on Monday of"). */
const WHOM = String.raw`(?:[\p{L}\d.'’-]+\s+){1,8}?`;

const TOLD_OF_NOUN = new RegExp(String.raw`\b(?:${TELLS_OF}\s+${WHOM}(?:of|on|about)|${RAISES})\s+${NOUN_LEAD}$`, 'iu');

/**
 * Where, in `lead` (the clause's words up to the act's noun), the verb that tells of the act stands, or -1 when the noun
 * is no such verb's object.
 */
export function tellingOfAct(lead: string): number {
  const m = TOLD_OF_NOUN.exec(lead);
  return m ? m.index : -1;
}

/**
 * Whether the date `d` is the day of a telling that names the act at `at` (rule "act-told-of"): a date before the act's
 * noun in the same clause (before the verb or among whom it was told), or, after the noun, a day told from the news
 * ("on Tuesday", "during talks on Tuesday") rather than a calendar date, which is how an act of earlier days is named.
 */
export function toldOfTheAct(body: string, clause: Range, at: Range, d: DateMention): boolean {
  const verb = tellingOfAct(body.slice(clause.start, at.start));
  if (verb < 0) return false;
  if (d.end <= at.start) return true;
  return d.start >= at.end && d.date.basis !== 'explicit';
}
