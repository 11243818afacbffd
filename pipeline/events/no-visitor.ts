import type { Range } from '../types';
import { ARRIVAL_WORDS, HOME_TOWNS, THINGS_THAT_ARRIVE } from '../lexicon/arrivals';
import { stateOfCapital } from '../lexicon/country-names';
import { COUNTRY_WORD_SOURCE, countryOfWord } from '../people/country-words';

/** Words of tense and time between a subject and its verb ("have", "finally", "on Monday"). */
const BETWEEN_SUBJECT_AND_VERB = String.raw`(?:(?:have|has|had|will|would|finally|first|also|already|reportedly|were|was|are|is|due\s+to|expected\s+to|set\s+to|on\s+\p{Lu}\p{L}+)\s+)*`;
/**
 * Rule "what arrives is no visitor": "the first F-16 jets arrived in Ukraine", "Russian troops reached Kupiansk",
 * "a shipment of shells landed in Poland": the noun right before the verb (words of tense and time allowed between) is
 * goods, weapons, aid or a force, not a person or a state on a visit, whoever owns them ("Russia's forces reached").
 * "Modi's plane landed" is Modi's journey: a leader's one plane is no such noun.
 */
const THING_BEFORE_VERB = new RegExp(String.raw`\b${THINGS_THAT_ARRIVE}\s+${BETWEEN_SUBJECT_AND_VERB}$`, 'iu');
/**
 * Rule "a state that arrives advances": "Russia reached Kupiansk", "On Monday, Ukraine reached the border": a state
 * told by its name alone as the subject of an arrival is its forces moving, not a visit ("A Pakistani delegation
 * arrived" keeps its visitor).
 */
const STATE_BEFORE_ARRIVAL = new RegExp(String.raw`(?:^|[,;:]\s*)(?:the\s+)?(?:${COUNTRY_WORD_SOURCE})\s+${BETWEEN_SUBJECT_AND_VERB}$`, 'iu');
/** Rule "reached a person": "Rubio reached Lavrov on Monday" reached him by some means, no journey to a place. */
const REACHED = /^reach/i;

export function isNoVisitor(body: string, from: number, at: Range, people: Range[]): boolean {
  const before = body.slice(from, at.start);
  const cue = body.slice(at.start, at.end);
  if (THING_BEFORE_VERB.test(before)) return true;
  if (!ARRIVAL_WORDS.test(cue)) return false;
  return STATE_BEFORE_ARRIVAL.test(before.trimStart()) || (REACHED.test(cue) && people.some((m) => m.start === at.end));
}

/** The state of each home town (lexicon/arrivals.ts), looked up once; a town listed twice stays with its first state. */
const STATE_OF_TOWN = new Map<string, string>();
for (const [state, towns] of Object.entries(HOME_TOWNS)) for (const town of towns) if (!STATE_OF_TOWN.has(town)) STATE_OF_TOWN.set(town, state);

/** The state a place named after an arrival belongs to: a state's own name, its capital, or one of its towns. */
function stateOfPlace(place: string): string | null {
  return countryOfWord(place) ?? stateOfCapital(place) ?? STATE_OF_TOWN.get(place) ?? null;
}

/**
 * Rule "an arrival at home": "Sharif arrived in Lahore", "Zelensky arrived in Kyiv after his trip to Turkey", "Putin flew
 * into Moscow": a person arriving in their own state comes home or moves within it, no visit abroad. Only arrivals
 * (lexicon/arrivals.ts): "Zelensky visited Lviv" and "toured the front" keep their visit. Every person who arrives
 * must be of the place's state.
 */
export function isArrivalAtHome(body: string, f: { type: string; at: Range; actors: string[]; place: string | null }, countryOf: (id: string) => string | null): boolean {
  if (f.type !== 'visit' || !f.place || f.actors.length === 0 || !ARRIVAL_WORDS.test(body.slice(f.at.start, f.at.end))) return false;
  const state = stateOfPlace(f.place);
  return state !== null && f.actors.every((id) => countryOf(id) === state);
}
