import { findCountries } from '../lexicon/country-names';

/**
 * Rule "a group of a state as the partner": "during meetings with US lawmakers", "in talks with Turkish officials",
 * "at a dinner with Saudi leaders": the one met is no named person but a group that stands for its state, told by the
 * state's name or adjective and a noun of people who act for it. The contact is the actor's with that state.
 */
const GROUP_NOUN = /^\s+(?:[\p{Ll}-]+\s+){0,2}?(?:lawmakers|legislators|senators|congressmen|congressional\s+leaders|parliamentarians|officials|leaders|ministers|diplomats|negotiators|counterparts|delegation|delegates|envoys|authorities|leadership|government)\b/u;

/** The state whose group stands right after "with" (an article at most before its name), with where the group ends. */
export function stateGroupAfter(body: string, after: number): { code: string; end: number } | null {
  const window = body.slice(after, after + 80);
  const state = findCountries(window)[0];
  if (!state || !/^(?:the\s+)?$/i.test(window.slice(0, state.start))) return null;
  const noun = GROUP_NOUN.exec(window.slice(state.end));
  return noun ? { code: state.code, end: after + state.end + noun[0].length } : null;
}
