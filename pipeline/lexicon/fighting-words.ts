/**
 * The words of stopping the fighting, shared by the cues of ceasefires: the verbs that stop it and the fighting they
 * stop. Base forms, as they follow "to", "would" or "will".
 */

/** Stopping, suspending or freezing: "stop", "halt", "cease", "end", "suspend", "pause", "freeze". */
export const STOP_VERB = String.raw`(?:stop|halt|cease|end|suspend|pause|freeze)`;

/**
 * The fighting stopped: firing, (artillery) fire, fighting, hostilities, combat, military action, operations or
 * activity, attacks, strikes, shelling, bombardment; after up to two words of modifier and an article or owner ("all
 * military activity", "its drone attacks", "cross-border firing"); or using force. Not the war itself ("end the war"
 * is a peace sought), nor talks or trade.
 */
export const THE_FIGHTING = String.raw`(?:(?:using|the\s+use\s+of)\s+(?:military\s+)?force\b|(?:(?:all|any|further|its|their|the|his|her|mutual)\s+)?(?:[\w-]+\s+){0,2}?(?:firing|fire|fighting|hostilities|combat|military\s+(?:actions?|operations?|activit(?:y|ies))|attacks|strikes|shelling|bombardment|bombing)\b)`;
