/**
 * A name can stand before another noun only to say whose it is: "Trump's envoy", "the Putin aide", "the president's
 * inauguration". Such a name is an owner, not someone who acts or takes part. The exception is a possessive before
 * the act itself ("Zelensky's meeting with Trump", "Witkoff's visit"): that owner is the one who acts.
 */

/** People and bodies that act for someone else: after a bare name ("Trump envoy") they make the name an owner. */
export const AGENT_NOUN = String.raw`(?:special\s+|peace\s+|top\s+|chief\s+|senior\s+|Ukraine\s+|Middle\s+East\s+)?(?:envoys?|aides?|ally|allies|advis[eo]rs?|negotiators?|administration|government|team|camp|loyalists?|officials?|spokes(?:person|man|woman)|representatives?|emissary|confidant)`;

/**
 * Nouns for what someone said, whose possessor is its teller: "Trump's recent assertion that ...", "Putin's claim that
 * ...". (See the rule "the possessor of a saying tells it" in find-reporter.ts.)
 */
export const SAYING_NOUN = String.raw`(?:assertions?|claims?|remarks|statements?|comments|insistence|suggestions?|allegations?|accusations?|assurances?|announcement|contention|declaration)`;

/**
 * Nouns for a step a possessor takes against another, read by the rule "a possessor's act" (possessed-event-cues.ts):
 * "Putin's refusal to join", "Modi's rejection of mediation", "Trump's launch of strikes".
 */
export const STEP_NOUN = String.raw`(?:refusal|rejection|dismissal|rebuff|closure|closing|shutting|expulsions?|condemnation|denunciation|launch)`;

/** Nouns for an act a possessor performs: "Modi's address", "Putin's offer", "Rubio's call with Dar". */
export const ACT_NOUN = String.raw`(?:meetings?|talks|visits?|trip|tour|calls?|phone\s+calls?|conversations?|sit-down|summit|remarks|statements?|comments|speech|address|post|interview|offer|proposal|decision|announcement|appeal|warning|threat|demand|attack|strikes?|order|response|plan|${SAYING_NOUN}|${STEP_NOUN})`;

/** Right after a name: "'s <up to two words> <noun>" or a bare agent noun, and the noun is not an act. */
export const OWNER_AFTER_NAME = new RegExp(String.raw`^(?:['’]s\s+(?![\w-]+\s+(?:[\w-]+\s+)?${ACT_NOUN}\b|${ACT_NOUN}\b)|\s+${AGENT_NOUN}\b)`, 'i');
