import type { DateMention, Range } from '../types';

/** A date that modifies a noun ("the April 22 attack", "recent diplomatic talks"): it dates that thing only. */
export interface NounDate {
  date: DateMention;
  /** The date and the noun phrase it belongs to, up to the head noun. */
  noun: Range;
}

/** Head nouns of things that take place on a day: contacts, statements and attacks. */
export const OCCURRENCE_NOUN = String.raw`(?:talks|meetings?|summit|calls?|phone\s+calls?|conversations?|discussions?|negotiations?|visits?|trip|tour|briefings?|press\s+conference|announcement|statements?|remarks|comments|speech|address|post|interview|attacks?|strikes?|airstrikes?|bombings?|shelling|assault|offensive|operation|raids?|incursion|massacre|killings?|deaths|murders?|clashes|escalation|exchange|election|elections|vote|referendum)`;
/**
 * Head nouns of things that stand once made (agreements, truces): dated by a word before them ("Saturday's
 * ceasefire", "the May 10 understanding"), but a date after them dates what the verb did to them ("India suspended the
 * Simla Agreement on Thursday", "Moscow rejected the truce on Tuesday"), as they do not take place on a day.
 */
const STANDING_NOUN = String.raw`(?:ceasefire|truce|agreement|deal|accord|understanding)`;
const EVENT_NOUN = String.raw`(?:${OCCURRENCE_NOUN}|${STANDING_NOUN})`;

/** After the date: an optional possessive, up to three modifiers, then the head noun; no verb or punctuation between. */
const NOUN_AFTER = new RegExp(String.raw`^(?:['’]s)?((?:\s+(?:[\p{L}][\p{L}-]*|“[^”]{1,20}”|"[^"]{1,20}"))*?\s+${EVENT_NOUN})\b`, 'iu');
const MAX_MODIFIERS = 3;

/** A determiner or possessive right before the date makes it attributive: "the April 22 attack", "Russia's recent strike". */
const DETERMINER_BEFORE = /(?:\b(?:the|a|an|this|that|its|their|his|her|our|last)|[\p{L}]['’]s)\s+$/iu;
const ADJECTIVE_DATE = /^(?:most\s+)?recent$/i;
const POSSESSIVE_AFTER = /^['’]s\b/;

/** A date in the possessive ("Saturday’s talks", "this year's chair"): its "'s" in its words or right after them. */
export const isPossessiveDate = (body: string, d: DateMention): boolean => POSSESSIVE_AFTER.test(body.slice(d.end, d.end + 3)) || /['’]s$/.test(d.text);

/**
 * A noun phrase right before the date: a determiner, up to MAX_MODIFIERS words (no second determiner: "the minister
 * told a press conference" is two phrases), the head noun, optionally where it
 * happened ("the attack last month", "a strike on Sunday", "the talks in Istanbul on Friday").
 */
const NOUN_BEFORE = new RegExp(String.raw`\b(?:the|a|an|this|that|its|their|his|her|[\p{L}]+['’]s)\s+(?:(?!(?:the|a|an)\s)[\p{L}-]+\s+){0,${MAX_MODIFIERS}}?${OCCURRENCE_NOUN}(?:\s+(?:in|on|at|near)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)?\s+$`, 'iu');
/**
 * The preposition between a noun and the date after it: "talks on May 15", and "of" for a thing named by its day
 * ("the terror attack of April 22", "the meeting of 10 May").
 */
const ON_BEFORE = /\b(?:on|of)\s+$/i;
/**
 * A plural event noun with no determiner, as news writes ongoing things ("resume direct talks on May 15", "strikes on
 * Sunday"): at most one modifier, so that a verb before it is not taken for part of the noun phrase.
 */
const BARE_PLURAL_BEFORE = new RegExp(String.raw`\b(?:[\p{L}-]+\s+)?(?:talks|negotiations|consultations|strikes|airstrikes|attacks|raids|clashes)\s+$`, 'iu');
/**
 * A preposition, or a verb that speaks to or holds the gathering, that makes the noun phrase the occasion of the
 * sentence's verb ("at a press conference on Friday", "told a news conference in Kyiv on Monday").
 */
const OCCASION_BEFORE = /\b(?:in|at|during|told|tells|telling|addressed|addresses|addressing|gave|gives|giving)\s+$/i;
/**
 * Rule "on the sidelines of a gathering": "met on the sidelines of the summit on Tuesday", "talks on the margins of the
 * forum in Doha on Friday": a gathering that hosts the sentence's act is its occasion, as after "at", and its date is
 * the act's.
 */
const ON_THE_SIDELINES = /\b(?:on|at)\s+the\s+(?:sidelines|margins?|fringes?)\s+of\s+$/i;
const SIDELINES_REACH = 30;
/** The same before a determiner and a date written before the noun ("at a Friday briefing", "in his Sunday address"). */
const OCCASION_WITH_DETERMINER = /\b(?:in|at|during|told|tells|telling|addressed|addresses|addressing|gave|gives|giving)\s+(?:a|an|the|his|her|its|their)\s+$/i;
/**
 * "the decision on Wednesday to suspend the treaty": a noun of resolve whose infinitive follows the date holds the date
 * inside its own phrase (without the infinitive, "condemned the decision on Sunday" dates the condemning).
 */
const RESOLVE_NOUN_BEFORE = /\b(?:decision|move|order|bid)\s+(?:on\s+)?$/i;
const INFINITIVE_AFTER = /^\s+to\s+\p{L}/u;
/** The date forms that can follow a noun as its own: "last month", "on Sunday", "earlier this week", "on May 7". */
const POSTPOSED_DATE = /^(?:on|last|earlier|this|in|yesterday|overnight|recently)\b/i;

/**
 * Dates that belong to a noun phrase rather than to the sentence's verb. "Trump condemned Russia's recent
 * missile strike" dates the strike, not the condemnation; such a date must not date the statement around it,
 * nor the sentences after it by inheritance. A date counts as attributive when its form says so (an adjective
 * such as "recent", a possessive "Saturday's", or a determiner before it, "the April 22 ...") and a noun naming
 * something that happens follows it within a few modifiers.
 */
export function findNounDates(body: string, dates: DateMention[]): NounDate[] {
  const out: NounDate[] = [];
  for (const d of dates) {
    const after = body.slice(d.end, d.end + 80);
    const before = body.slice(Math.max(0, d.start - 30), d.start);
    // The weekday rule keeps the possessive in the date's text ("Saturday’s"); other rules leave it after the date.
    const resolveNoun = INFINITIVE_AFTER.test(after) ? RESOLVE_NOUN_BEFORE.exec(before) : null;
    if (resolveNoun) {
      out.push({ date: d, noun: { start: d.start - resolveNoun[0].length, end: d.end } });
      continue;
    }
    const possessive = isPossessiveDate(body, d);
    const attributive = ADJECTIVE_DATE.test(d.text) || possessive || DETERMINER_BEFORE.test(before);
    // "the attack last month": the date follows the noun it belongs to.
    // A date whose "on" the rule left outside its words ("talks on May 15") follows a noun the same way.
    const on = POSTPOSED_DATE.test(d.text) ? '' : (ON_BEFORE.exec(before)?.[0] ?? null);
    const window = on === null ? '' : body.slice(Math.max(0, d.start - on.length - 80), d.start - on.length);
    const found = on === null ? null : (NOUN_BEFORE.exec(window) ?? BARE_PLURAL_BEFORE.exec(window));
    const postposed = found ? `${found[0]}${on ?? ''}` : null;
    const nounStart = postposed ? d.start - postposed.length : d.start;
    // "In a briefing on Saturday, Misri said": the occasion of the verb, whose date is the verb's too.
    // "condemned Tuesday's strikes on Wednesday": a noun dated by its own words takes no second date after it.
    const datedAlready = dates.some((o) => o !== d && o.start >= nounStart && o.end <= d.start - (on?.length ?? 0));
    if (postposed && !datedAlready && !OCCASION_BEFORE.test(body.slice(Math.max(0, nounStart - 12), nounStart)) && !ON_THE_SIDELINES.test(body.slice(Math.max(0, nounStart - SIDELINES_REACH), nounStart))) {
      out.push({ date: d, noun: { start: d.start - postposed.length, end: d.end } });
      continue;
    }
    if (!attributive) continue;
    // "Speaking at a Friday press briefing", "told a Monday news conference": the gathering is the verb's occasion.
    if (OCCASION_WITH_DETERMINER.test(before)) continue;
    const m = NOUN_AFTER.exec(after);
    if (!m?.[1]) continue;
    // The modifiers plus a head noun of up to two words ("phone call").
    if (m[1].trim().split(/\s+/).length > MAX_MODIFIERS + 2) continue;
    out.push({ date: d, noun: { start: d.start, end: d.end + m[0].length } });
  }
  return out;
}

/** The dates that set the scene for the sentence they are in: every date but those that name a thing. */
export function sceneDates(body: string, dates: DateMention[]): DateMention[] {
  const named = new Set(findNounDates(body, dates).map((n) => n.date));
  return dates.filter((d) => !named.has(d));
}
