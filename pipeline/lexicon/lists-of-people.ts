import { STATE_WORDS } from './country-names';
import { escapeRegExp } from './escape-reg-exp';

/**
 * How news text lists people together ("A, B and C met", "Macron, Tusk and Starmer, as well as Merz, arrived"): the
 * words that may stand between two names of one list. One table for every stage that reads such lists (subjects of an
 * act, tellers of a saying, groups counted by their size).
 */

/**
 * Words of a title that many outlets write in lower case before a name ("US treasury secretary Scott Bessent",
 * "Ukrainian first deputy prime minister Yulia Svyrydenko", "new German Chancellor Friedrich Merz"): office nouns, the
 * portfolios they are of, and the words that say which holder or which rank. Capitalised words need no entry.
 */
export const LOWER_CASE_TITLE_WORDS: string[] = [
  // Offices and ranks.
  'president', 'presidents', 'vice', 'prime', 'minister', 'ministers', 'secretary', 'secretaries', 'chancellor', 'premier',
  'envoy', 'envoys', 'ambassador', 'ambassadors', 'spokesperson', 'spokesman', 'spokeswoman', 'adviser', 'advisor',
  'aide', 'commander', 'general', 'chief', 'head', 'leader', 'leaders', 'governor', 'mayor', 'senator', 'lawmaker',
  'diplomat', 'negotiator', 'commissioner', 'representative', 'officer', 'staff', 'counterpart',
  // Portfolios and what an office is for.
  'foreign', 'defence', 'defense', 'interior', 'home', 'external', 'affairs', 'finance', 'treasury', 'trade', 'commerce',
  'economy', 'energy', 'justice', 'information', 'state', 'press', 'national', 'security', 'special', 'presidential',
  'army', 'military', 'intelligence', 'armed', 'forces',
  // "the president's foreign policy aide X", "his investment envoy X": what an adviser or envoy is for.
  'policy', 'investment', 'economic',
  // Which holder, which rank.
  'deputy', 'first', 'senior', 'top', 'new', 'newly', 'elected', 'incoming', 'outgoing', 'acting', 'former', 'interim',
];

const CAPITALISED = String.raw`[\p{Lu}][\p{L}.’'-]*`;
const LOWER_TITLE = `(?:${LOWER_CASE_TITLE_WORDS.map(escapeRegExp).join('|')})`;
/** "of Poland and Great Britain", "for Foreign Affairs": the states or portfolio a title is of, maybe two joined by "and". */
const OF_WHAT = String.raw`(?:of|for|to|on|at)\s+(?:the\s+)?(?:${CAPITALISED}(?:\s+and|,)\s+(?:the\s+)?)?`;

/**
 * A title before a name, its small words included: "US Secretary of State", "Minister for Foreign Affairs", "Chief of
 * the General Staff", "Prime Ministers of Poland and Great Britain", "first deputy prime minister": capitalised words
 * and lower-case title words, each maybe followed by what the title is of.
 */
export const TITLE_RUN = String.raw`(?:the\s+)?(?:(?:${CAPITALISED}|${LOWER_TITLE})\s+(?:${OF_WHAT})?){0,8}`;

/** Between two names of one list: a comma, "and", the serial comma, or "as well as". */
export const LIST_JOINER = String.raw`(?:,\s*(?:and\s+)?|and\s+|,?\s*as\s+well\s+as\s+)`;

/**
 * Rule "the rest of a long name": the last capitalised words of a name written longer than its common spelling ("Prince
 * Faisal bin Farhan Al Saud", "Mohammed bin Salman Al Saud"), before the joiner; a lower-case word there ("Lavrov in
 * Moscow and") ends the list.
 */
export const NAME_TAIL = String.raw`(?:\s+\p{Lu}[\p{L}'’-]*){0,2}`;

/** Between two people of one list: a joiner and the next one's title ("A, Polish Prime Minister B and new Chancellor C"). */
export const PEOPLE_LIST_GAP = new RegExp(String.raw`^${NAME_TAIL}\s*${LIST_JOINER}${TITLE_RUN}$`, 'u');

/** The gap holds "and" (or "as well as"): what makes names joined by commas a list ("A, B met" is none). */
export const LIST_HAS_AND = /(?:^|\s|,)(?:and|as\s+well\s+as)\s/;
/** A gap that joins its two names with "and" or "as well as" (not an "and" inside the next one's title). */
export const JOINED_BY_AND = /^\s*,?\s*(?:and|as\s+well\s+as)\s/;

/**
 * Rule "a side sends its delegates": "Russia sent Foreign Minister X and aide Y", "Kyiv fielded its defence minister",
 * "the US side dispatched A and B": a state (its name, capital or institution) or a side that sends people, with no
 * place they were sent to after it ("sent X to Riyadh" is a trip), names who sat for it at the contact told before.
 * Only the verb, after the state: the people are read after it as the list of a participation.
 */
const SIDE = `(?:${STATE_WORDS.map(escapeRegExp).join('|')}|side|delegation|team)`;
export const SENT_DELEGATES = new RegExp(String.raw`(?<=\b${SIDE}\s+(?:also\s+|had\s+|has\s+)?)(?:sent|dispatched|fielded)(?=\s+(?:its\s+)?${TITLE_RUN}\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*\s*(?:,|;|\.|$|and\b|as\s+well\b|on\b|in\b|at\b|for\b))(?![^.;]*\bto\s+(?:the\s+)?\p{Lu})`, 'u');
