import { OTHER_SENSE_OF_FORCE } from '../lexicon/other-senses';

/**
 * Rules of the grid of non-events (round x18) for incidents named by a noun: the noun in another sense, a blow only
 * threatened, a blow named to rank another, an anniversary, a habit and a title. Each reads the words of the
 * incident's clause right before the noun (`lead`), the noun itself (`words`) or right after it (`tail`).
 */

/**
 * Rule "another sense of the noun": "died of a heart attack on Monday", "workers went on strike on Monday", "began a
 * hunger strike", "launched a diplomatic offensive": the noun of force after a word that makes it an illness, a
 * protest or a campaign of words (lexicon/other-senses.ts), or a strike that people go "on", is no blow.
 */
const OTHER_SENSE_BEFORE = new RegExp(String.raw`\b${OTHER_SENSE_OF_FORCE}\s+$`, 'i');
const ON_STRIKE = { lead: /\bon\s+$/i, words: /^strikes?$/i };

/**
 * Rule "a blow only threatened": "threatened Ukraine with new strikes", "warned of further attacks", "vowed retaliatory
 * strikes", "threatening more raids": the blow a threat or a vow holds out is the threat's object, not an incident
 * (the threat itself is the threat cues'). Up to four words (the one threatened, a day) between the verb and "with".
 */
const THREATENED_BEFORE = /\b(?:threaten(?:ed|s|ing)?\s+(?:[\p{L}'’-]+\s+){0,4}?with|warn(?:ed|s|ing)?\s+(?:[\p{L}'’-]+\s+){0,3}?of|vow(?:ed|s|ing)?|promis(?:ed|es|ing)|threaten(?:ed|s|ing)?)\s+(?:(?:new|more|further|fresh|renewed|possible|future|an?|the|its|their)\s+)*(?:[\p{L}-]+\s+){0,2}$/iu;

/**
 * Rule "a blow named to rank another": "It was the worst attack on civilians since 2019", "the strike is the deadliest
 * on the capital this year": the noun as the complement of "be" with a superlative or an ordinal ranks the incident the
 * story tells, which is the subject's; it names none of its own.
 */
const RANKED_COMPLEMENT = /\b(?:is|was|are|were|has\s+been|had\s+been|became|becomes|marked|marks|it['’]s)\s+(?:the|its|their|Ukraine['’]s|Russia['’]s|India['’]s|Pakistan['’]s)\s+(?:(?:single|worst|deadliest|biggest|largest|heaviest|most\s+[\p{L}-]+|first|second|third|latest|bloodiest|fiercest|[\p{L}-]+est)\s+)+(?:[\p{Ll}-]+\s+){0,2}$/iu;

/**
 * Rule "an anniversary of the incident": "marked the anniversary of the full-scale invasion on Monday", "a memorial
 * to the victims of the strike": the day after such a noun is the anniversary's or the memorial's; the incident is one
 * the story names, on a day of its own or none.
 */
const REMEMBERED_BEFORE = /\b(?:anniversar(?:y|ies)|commemorations?|remembrance|memorials?|(?:day|days)\s+of\s+mourning\s+for|victims)\s+(?:of|for|to)\s+(?:the\s+|its\s+|their\s+|\p{Lu}[\p{L}-]*['’]s\s+)?(?:[\p{L}-]+\s+){0,3}$/iu;

/**
 * Rule "an incident told as a habit": "Shelling is a daily occurrence in Kherson", "drone attacks have become routine",
 * "strikes on the city are common": the noun as the subject of "be" or "become" with a word of frequency describes a
 * state of the war, not an incident. Read after the noun (`tail`), up to four words of its complements between.
 */
const HABITUAL_AFTER = /^(?:\s+[\p{L}'’-]+){0,4}?\s+(?:is|are|was|were|has\s+become|have\s+become|had\s+become|became|remains?|remained)\s+(?:an?\s+|now\s+|almost\s+)*(?:daily|nightly|weekly|regular|routine|common|commonplace|frequent|constant|everyday|near-daily|familiar)\b/iu;

/**
 * Rule "the title of a work": 'the song "Operation Sindoor" topped the charts', 'a film titled "Surgical Strike"',
 * 'firms rushed to trademark "Operation Sindoor"': an operation's name quoted as the title of a song, a film, a book, a
 * slogan or a brand names the work, not the operation. ("a mission called 'Operation X'" names the operation.)
 */
const WORK_TITLED_BEFORE = /\b(?:songs?|films?|movies?|books?|albums?|plays?|documentar(?:y|ies)|series|shows?|poems?|titled|entitled|slogans?|hashtags?|banners?|posters?|trademark(?:s|ed|ing)?|brands?)\s+["“‘']$/iu;

/** The noun of an incident told in another sense, only threatened, ranking another, remembered, as a habit or a title. */
export function isNoIncident(lead: string, words: string, tail: string): boolean {
  return OTHER_SENSE_BEFORE.test(lead) || (ON_STRIKE.lead.test(lead) && ON_STRIKE.words.test(words)) || THREATENED_BEFORE.test(lead) || RANKED_COMPLEMENT.test(lead) || REMEMBERED_BEFORE.test(lead) || HABITUAL_AFTER.test(tail) || WORK_TITLED_BEFORE.test(lead);
}
