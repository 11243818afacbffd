/**
 * Words that give a noun of force another sense (round x18, the grid of non-events): a "heart attack" is an illness, a
 * "hunger strike" or a "general strike" a protest, a "diplomatic offensive" or a "charm offensive" a campaign of words.
 * Read right before the noun ("attack", "strike", "offensive", "assault", "raid") by the incident cues
 * (events/not-an-incident.ts) and by the verbs that launch an attack (events/event-cues.ts, launched-attack).
 */
export const OTHER_SENSE_OF_FORCE = String.raw`(?:heart|panic|asthma|anxiety|hunger|general|labou?r|wildcat|token|sit-down|diplomatic|charm|media|PR|propaganda|legal|political|verbal|rhetorical|personal|public-relations|publicity|marketing)`;

