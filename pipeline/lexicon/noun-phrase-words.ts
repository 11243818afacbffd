/**
 * One word of the noun phrase between an event noun and its verb ("talks between the two delegations in Istanbul
 * ended"): no finite or modal verb, no "that", "which" or "if", which would make the noun the object of another
 * clause ("the ceasefire that Trump said was reached") or the verb a plan ("could be reached"); "may" only before a
 * verb, as "in May" names a month.
 */
export const NOUN_PHRASE_WORD = String.raw`(?!(?:is|are|was|were|be|been|has|have|had|said|says|could|would|should|might|may(?=\s+(?:have|be|not)\b)|must|will|can|if|that|which|who|whether|but)\b)[\w'’-]+`;
