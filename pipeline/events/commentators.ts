import type { Range } from '../types';

/**
 * Rule "a commentator's saying" (round x18, the grid of non-events): "said Michael Kugelman, a South Asia analyst",
 * "Ukrainian political analyst Volodymyr Fesenko said", "Former Pakistani diplomat Abdul Basit told ...", "Retired Lt
 * Gen X said", "Y, a senior fellow at the Carnegie Endowment, said": an analyst, an expert, a scholar, a former diplomat
 * or a retired officer speaks for no state; what they say is the story's analysis, not an act of diplomacy (the key
 * keys statements of officials and government bodies). Read from the words that describe the speaker right before
 * their name or in the appositive after it.
 */
const COMMENTATOR = String.raw`(?:analysts?|experts?|researchers?|scholars?|professors?|commentators?|columnists?|observers?|historians?|economists?|academics?|(?:senior\s+|research\s+)?fellows?|pundits?|strategists?)`;
/** A diplomat or officer no longer in office ("former ambassador", "retired general"); a former minister may still lead a party. */
const FORMER_SERVANT = String.raw`(?:former|retired|ex-)\s*(?:[\p{L}-]+\s+){0,2}?(?:diplomats?|ambassadors?|envoys?|high\s+commissioners?|generals?|officers?|air\s+marshals?|admirals?|foreign\s+secretar(?:y|ies)|intelligence\s+(?:officers?|officials?|chiefs?))`;
/** A think tank or a university the speaker is "at", "of" or "with". */
const THINK_TANK = String.raw`(?:Institute|University|Foundation|Endowment|Brookings|Chatham\s+House|Wilson\s+Center|Atlantic\s+Council|Stimson|RUSI|think[\s-]tank)`;

/** Right before the name: "political analyst", "Former Pakistani diplomat", "Retired Lt Gen". */
const DESCRIBED_BEFORE = new RegExp(String.raw`(?:\b${COMMENTATOR}|\b${FORMER_SERVANT}|\bretired\s+(?:[\p{L}.-]+\s+){0,2}[\p{L}.-]+)\s+$`, 'iu');
/** The appositive after the name: ", a South Asia analyst", ", a former ambassador to Kyiv", ", a fellow at the X Institute". */
const DESCRIBED_AFTER = new RegExp(String.raw`^\s*,\s*(?:(?:an?|the|one\s+of\s+the)\s+)?(?:[\p{L}'’.-]+\s+){0,6}?(?:${COMMENTATOR}\b|${FORMER_SERVANT}\b)|^\s*,\s*[^,;]{0,60}?\b(?:at|of|from|with)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}'’-]*\s+){0,5}?${THINK_TANK}\b`, 'iu');

/** How far before a name its description may start ("Ukrainian political analyst "). */
const DESCRIPTION_REACH = 40;
/** How far after a name its appositive may run. */
const APPOSITIVE_REACH = 110;

export function isCommentator(body: string, speaker: Range): boolean {
  return DESCRIBED_BEFORE.test(body.slice(Math.max(0, speaker.start - DESCRIPTION_REACH), speaker.start)) || DESCRIBED_AFTER.test(body.slice(speaker.end, speaker.end + APPOSITIVE_REACH));
}
