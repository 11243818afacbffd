/**
 * Words that place what a clause tells before or after the moment of reporting. The dates stage reads a date's
 * direction with them; the events stage marks an event planned with the future ones.
 */

/** Future markers: "will meet", "is expected to", "scheduled for", "upcoming". */
export const FUTURE_MARKER = String.raw`in the coming (?:days|weeks)|will|won't|shall|is to|are to|(?:is|are|was|were) (?:due|set|scheduled|expected|slated|likely|going|poised|planning) to|plans? to|intends? to|scheduled for|planned for|upcoming|next|later this|to be held|would (?:visit|meet|travel|hold|speak|talk|host|arrive|attend|sign|resume|take place|be held|begin|start|go|return|come)`;

/** Past markers: verbs of reporting and doing in the past, and words that look back ("ago", "earlier"). */
export const PAST_MARKER = String.raw`said|says|spoke|met|held|talked|called|told|announced|added|stated|was|were|had|has|have|did|killed|struck|launched|visited|expressed|urged|conveyed|emphasi[sz]ed|welcomed|condemned|signed|agreed|claimed|reported|confirmed|discussed|took|came|began|happened|occurred|ago|last|earlier|previous|yesterday`;

/** Words that make an event planned rather than past, anywhere before its verb in the clause ("said he would meet X": a contact still ahead when it was told). */
export const PLANNED_MARKER = String.raw`in\s+the\s+coming\s+(?:days|weeks)|will|shall|(?:is|are)\s+(?:planning|scheduled|set|expected|due|going|slated|poised)\s+to|(?:was|were)\s+(?:expected|scheduled|due|slated)\s+to|(?:is|are)\s+(?:expected|scheduled|due)\s+(?:in|on|at|for|next|later|soon)\b|plans\s+to|to\s+be\s+held|next\s+week|upcoming|would\s+(?:visit|meet|travel\s+to|hold\s+talks|host|attend)`;
