import type { Range } from '../types';

/**
 * Rule "a backdrop of words": "Shelling resumed amid Kyiv's calls for more air defence", "the talks opened amid
 * Pakistan's demands for a neutral probe", "amid growing calls for a ceasefire": calls, demands, appeals or warnings
 * that a clause is set against are its backdrop, a state of things that week, not an act of a day. The cue must be the
 * noun itself (its plural: "calls", "demands"), right after "amid" (or "in the face of") and up to three words that
 * own or qualify it: a possessive, a determiner, or a word of how it grows ("growing", "repeated"). A call made "amid"
 * something else ("called for calm amid the fighting") is a verb of its own clause and stays.
 */
const BACKDROP_BEFORE = /\b(?:amid(?:st)?|in\s+the\s+(?:face|midst|middle)\s+of)\s+(?:(?:growing|mounting|rising|renewed|repeated|fresh|new|continued|continuing|persistent|insistent|loud|international|western|Western|the|its|their|his|her|\p{Lu}[\p{L}.-]*['’]s?)\s+){0,3}$/u;
/** The noun of the cue: the plural of a word of calling, asking or warning. */
const WORDS_NOUN = /^(?:calls|demands|appeals|pleas|requests|warnings|threats|accusations)\b/i;
/** How far before the cue "amid" may stand. */
const BACKDROP_REACH = 60;

export function isBackdropOfWords(body: string, at: Range): boolean {
  return WORDS_NOUN.test(body.slice(at.start, at.end)) && BACKDROP_BEFORE.test(body.slice(Math.max(0, at.start - BACKDROP_REACH), at.start));
}
