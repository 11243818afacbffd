import type { Range } from '../types';
import type { VerbCue } from './event-cues';
import { ING_PREPOSITIONS } from './clause-structure';

/**
 * Rule "a gerund of time" (round x20): "Trump spoke to Putin on Thursday, a day after threatening to ...", "Modi chaired
 * a meeting on Tuesday, hours after speaking with Putin by phone", "Rubio called Lavrov, two days after meeting Sybiha",
 * "Shortly after announcing the ceasefire, Trump praised ...". A gerund right after "after" or "before" (with how long:
 * "a day", "two days", "hours", "shortly", "just days") has no subject of its own: its act is done by the subject of
 * the main clause beside it, whoever the words between name ("Putin" above is the call's other party, not the one who
 * threatened). It is an act of its own, with its own day (counted from the main clause's, event-date.ts), never the
 * main clause's act told again, so a saying in the main clause is not folded into it.
 *
 * Not a gerund: "during", "following" and the like (ING_PREPOSITIONS); nor a noun after an article ("after the
 * meeting"), which the cues of nouns read.
 */

/** "after" or "before" right before the gerund (how long, "a day", "hours", "shortly", may stand before it: it is not read here). */
const TIME_BEFORE = /(?:^|[^\p{L}])(?:after|before)\s+$/iu;
/** The gerund itself, first word of the cue's words (or right at its start): not a preposition in "-ing". */
const GERUND_AT = new RegExp(String.raw`^(?!${ING_PREPOSITIONS}\b)\p{L}{2,}ing\b`, 'iu');
/** How far before the gerund its words of time may begin. */
const TIME_REACH = 40;

/** Whether the cue at `at` is a gerund in a phrase of time ("a day after threatening"), read from `from` on. */
export function isGerundOfTime(body: string, from: number, at: Range): boolean {
  return GERUND_AT.test(body.slice(at.start, at.end + 20)) && TIME_BEFORE.test(body.slice(Math.max(from, at.start - TIME_REACH), at.start));
}

/** After the comma that closes an opening phrase, up to the subject: its titles only ("Shortly after ..., US President Trump"). */
const TITLES_AFTER_COMMA = /^,\s*(?:the\s+)?(?:[\p{Lu}][\p{L}.'’-]*\s+){0,5}$/u;

/**
 * "Shortly after announcing the ceasefire on Saturday, Trump praised ...": a gerund of time that opens its clause is
 * done by the subject right after the comma that closes its phrase.
 */
export function subjectAfterOpening<M extends Range>(body: string, at: Range, mentions: M[]): M | undefined {
  const comma = body.indexOf(',', at.end);
  if (comma < 0) return undefined;
  return mentions.find((m) => m.start > comma && TITLES_AFTER_COMMA.test(body.slice(comma, m.start)));
}

/**
 * Rule "a journey of time": "spoke to Trump on Monday before flying to Rome", "hours after landing in Riyadh": a gerund of
 * travel after "after" or "before" is a visit of the main clause's subject to the place it names.
 */
const JOURNEY_OF_TIME = new RegExp(String.raw`(?<=\b(?:after|before)\s+)(?:(?:flying|travell?ing|heading|jetting)\s+to|(?:arriving|landing)\s+in)(?=\s+(?:the\s+)?\p{Lu})`, 'iu');

export const GERUND_OF_TIME_CUES: VerbCue[] = [{ name: 'journey-of-time', type: 'visit', re: JOURNEY_OF_TIME }];
