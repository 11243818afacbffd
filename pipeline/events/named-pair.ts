// "Rubio met Lavrov on Thursday. The two ministers agreed to meet again.": "the two leaders", "both sides" right after a
// pair of people named together are that pair, not the crisis's two parties.

/** Words for two people, or their two sides, as a subject: "the two leaders", "both ministers", "the two sides". */
const PAIR_WORDS = /\b(?:(?:the\s+two|both)\s+(?:leaders|sides|men|women|ministers|foreign\s+ministers|presidents|envoys|officials|delegations|parties|heads\s+of\s+state)|the\s+(?:pair|duo))\b/i;
/**
 * "the pair", "the duo", "the two men": words that can only stand for two people named before, never for the crisis's
 * two parties ("the two sides" can be either). Without such a pair close before them they name nobody.
 */
const ONLY_PEOPLE_PAIR = /\b(?:the\s+(?:pair|duo)|(?:the\s+two|both)\s+(?:men|women|envoys))\b/i;
/** How far before the verb the pair's words may stand: the words and a short gap of time or manner ("on Monday also"). */
const PAIR_WORDS_REACH = 80;
/** How many sentences back the pair may have been named: the sentence before, or the one before it. */
export const PAIR_REACH = 2;

/** Whether the subject before `at` names two people or their sides ("the two leaders", "both sides"). */
export function namesAPair(body: string, from: number, at: number): boolean {
  return PAIR_WORDS.test(body.slice(Math.max(from, at - PAIR_WORDS_REACH), at));
}

/** Whether the subject before `at` can only be two people named before ("the pair", "the two envoys"). */
export function namesOnlyPeoplePair(body: string, from: number, at: number): boolean {
  return ONLY_PEOPLE_PAIR.test(body.slice(Math.max(from, at - PAIR_WORDS_REACH), at));
}

/** The last pair of people an article named acting together, and where. */
export interface NamedPair {
  actors: [string, string];
  sentence: number;
}

/** The pair a collective subject of sentence `index` stands for, when one was named close enough before it. */
export function pairFor(last: NamedPair | null, index: number): NamedPair | null {
  return last && index - last.sentence <= PAIR_REACH && index >= last.sentence ? last : null;
}
