/** Words that end a noun's description: a preposition, "to", a conjunction or a relative pronoun opens something else. */
const NOT_DESCRIBING = String.raw`(?:to|of|for|with|and|or|on|in|at|by|from|under|amid|over|which|that|who)`;

/**
 * Up to `max` words that describe the noun after them ("the two nuclear-armed neighbours", "in a quick call",
 * "exchanged small arms fire"), none of them a word that opens something else ("in a bid to call", "prisoners under
 * fire"). Lazy, so the noun after them is found as early as it can be.
 */
export function describingWords(max: number): string {
  return String.raw`(?:(?!${NOT_DESCRIBING}\b)[\w-]+\s+){0,${max}}?`;
}
