import type { VerbCue } from './event-cues';
import { MONTH_WRITTEN_OUT, WEEKDAY_WRITTEN_OUT } from '../lexicon/calendar-words';
import { TALKS_NOUNS } from '../lexicon/act-verbs';

/**
 * Events told in an adjunct of time beside the main clause's act (round x19b): "Following two days of negotiations in
 * Riyadh, Russia and the US agreed ...", "After three rounds of talks in Istanbul, the delegations agreed ...", "The two
 * armies fought for four days before agreeing to a ceasefire on Saturday". The adjunct tells an event of its own, with
 * its own date words (or, without them, the main clause's day, which it came before or with); the main clause's act
 * is read by its own cues. Spliced into VERB_CUES before the ceasefire cues (event-cues.ts).
 */

/** How long or how many: "two days of", "three rounds of", "hours of", "marathon", "a second round of". */
const LENGTH_OF = String.raw`(?:(?:\w+|\d+|several|many)\s+)?(?:days?|hours?|weeks?|rounds?|sessions?)\s+of\s+`;

/**
 * Rule "talks before the act": talks named in an opening phrase of time with "after", "following" or "in the wake of",
 * told by their length or count ("two days of negotiations") or by their place ("talks in Jeddah"), before the main
 * clause. A phrase with a date of its own is talks-on-date's (event-cues.ts); one of a possessive ("after their talks")
 * or of the definite article alone ("after the talks") names talks told already. Held by the states the clause names.
 */
const TALKS_BEFORE = new RegExp(String.raw`(?<=(?:^|[.;:"“]\s*|\n)(?:[Aa]fter|[Ff]ollowing|[Ii]n\s+the\s+wake\s+of)\s+)(?:${LENGTH_OF}(?:[\w-]+\s+){0,2}?${TALKS_NOUNS}(?:\s+(?:in|at)\s+(?:the\s+)?\p{Lu}[\p{L}-]+)?|(?:[\w-]+\s+)?${TALKS_NOUNS}\s+(?:in|at)\s+(?:the\s+)?\p{Lu}[\p{L}-]+)(?=\s*,)`, 'u');

/**
 * Rule "agreeing after or before": "fought for four days before agreeing to a ceasefire on Saturday", "after agreeing
 * to a truce": the gerund of agreement in a phrase of time tells an agreement of the clause's subject, else (a subject
 * the adjunct cannot see, "the two armies") of the crisis's two sides.
 */
const AGREEING_TO_A_CEASEFIRE = new RegExp(String.raw`(?<=\b(?:before|after|by)\s+)(?:agreeing|finally\s+agreeing)\s+(?:to|on|upon)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:ceasefire|truce)\b`, 'i');

/**
 * Rule "a sitting before the act": "..., following a summit in Paris the previous day", "after an emergency meeting of
 * NATO envoys in Brussels": a summit or a meeting, new news (with "a", "an" or "another"), named by its place in a phrase of time
 * beside the main clause, took place; held by the states its own words name (none of the main clause's people, who
 * may or may not have sat in it), dated by its own words. One with "with" after its noun is the occasion of an act
 * (occasion-of-an-act.ts); one with "on" and its day right after its place is gathering-on-date's (event-cues.ts).
 */
const SITTING_BEFORE = new RegExp(String.raw`(?<=\b(?:[Aa]fter|[Ff]ollowing|[Ii]n\s+the\s+wake\s+of)\s+)(?:an?|another)\s+(?:[\w-]+\s+){0,2}?(?:summit|meeting)(?:\s+of\s+(?:[\w-]+\s+){0,2}?[\w-]+)?\s+(?:in|at)\s+(?:the\s+)?\p{Lu}[\p{L}-]+(?![\p{L}-])(?!\s+(?:on|of)\s+(?:\d|${MONTH_WRITTEN_OUT}|${WEEKDAY_WRITTEN_OUT}))`, 'u');

/**
 * Rule "the sitting of a named day": "made the remarks at today's online summit", "spoke at Monday's meeting of NATO
 * ministers", "during yesterday's talks in Doha": a sitting named by its day in the possessive is the occasion of the
 * act; the clause's subject took part, on that day (noun-dates.ts reads the day).
 */
const DAY_OWNER = String.raw`(?:today|yesterday|tonight|${WEEKDAY_WRITTEN_OUT}|(?:this|last)\s+week)['’]s`;
const SITTING_OF_A_DAY = new RegExp(String.raw`\b(?:at|during|in)\s+${DAY_OWNER}\s+(?:[\w-]+\s+){0,2}?(?:summit|meeting|talks|session|conference)\b`, 'i');

export const ADJUNCT_CUES: VerbCue[] = [
  { name: 'talks-before-the-act', type: 'negotiation', subjectless: 'named', re: TALKS_BEFORE },
  { name: 'sitting-before-the-act', type: 'meeting', subjectless: 'named', adjunct: true, re: SITTING_BEFORE },
  { name: 'sitting-of-a-named-day', type: 'meeting', re: SITTING_OF_A_DAY },
  { name: 'agreeing-to-a-ceasefire', type: 'ceasefire', subjectless: 'both-sides', re: AGREEING_TO_A_CEASEFIRE },
];
