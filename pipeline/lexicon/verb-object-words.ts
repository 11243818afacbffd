/** Words between a verb of an act and its object, shared by the cue tables of plans, offers and truces. */

/** A word of time or manner between a verb and its object ("on Tuesday", "abruptly", "again"). */
export const TIME_OR_MANNER = String.raw`(?:(?:on\s+\p{L}+|abruptly|suddenly|indefinitely|formally|officially|now|also|again|quietly|unexpectedly|reportedly|late\s+on\s+\p{L}+)\s+){0,2}`;
/** What opens the object of a verb: an article, an owner, or "next week's" / "Friday's". */
export const DETERMINER = String.raw`(?:an?\s+|the\s+|its\s+|his\s+|her\s+|their\s+|this\s+|that\s+|[\p{L}]+['’]s\s+)?`;
/** Not told as undone: "had not cancelled", "never postponed". */
export const NOT_DENIED = String.raw`(?<!\b(?:not|never|n['’]t)\s+)`;
