import type { VerbCue } from './event-cues';
import { MONTH, MONTH_WRITTEN_OUT, WEEKDAY_WRITTEN_OUT } from '../lexicon/calendar-words';
import { TALKS_NOUNS } from '../lexicon/act-verbs';

/**
 * What may stand between a verb of sitting and its partner: how long, which day, how late ("for more than five hours",
 * "on Sunday", "late into the night", "behind closed doors"), up to three of them.
 */
const LENGTH_AND_DAY = String.raw`(?:\s+(?:for\s+(?:(?:over|more\s+than|nearly|almost|about|some|around|close\s+to)\s+)?(?:[\w-]+\s+)?(?:hours?|minutes|days)|on\s+(?:${WEEKDAY_WRITTEN_OUT}|${MONTH_WRITTEN_OUT}\s+\d{1,2})|late\s+into\s+the\s+night|overnight|again|privately|behind\s+closed\s+doors|(?:in|at)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*)){1,3}`;

/** The day of a meal, between it and its guest ("a dinner today with", "a lunch on Thursday for"). */
const MEAL_DAY = String.raw`(?:on\s+(?:${WEEKDAY_WRITTEN_OUT}|${MONTH_WRITTEN_OUT}\s+\d{1,2})|today|tonight|tomorrow|this\s+evening)`;

/** A day of its own later in the words: a weekday or a calendar date ("on Monday", "on Feb. 12, 2025", "12 May"). */
const WITH_ITS_DAY = String.raw`(?=.*?\b(?:${WEEKDAY_WRITTEN_OUT}|${MONTH}\.?\s+\d{1,2}\b|\d{1,2}\s+${MONTH}\b))`;

/** A meal a host gives a guest. */
const MEAL = String.raw`(?:dinner|lunch|luncheon|banquet|breakfast|reception)`;

/**
 * Rule "a long sitting": "huddled for more than five hours on Sunday with X", "was closeted for three hours with X",
 * "conferred late into the night with X": the length, the day or the place of the sitting between the verb and its
 * partner ("conferred-with" reads the verb right before "with"). Without "with" the verb tells people crowding
 * together ("huddled in metro stations"), no sitting.
 * Spliced into VERB_CUES before "spoke-together", which would claim "conferred" with no "with" right after it.
 */
export const LONG_SITTING_CUE: VerbCue = { name: 'long-sitting-with', type: 'meeting', re: new RegExp(String.raw`\b(?:huddled|conferred|closeted)${LENGTH_AND_DAY}\s+with\b`, 'u') };

/**
 * Sittings told by their manner (round x19), spliced into VERB_CUES (event-cues.ts) before the cues of hosting and
 * praise, so that "welcomes" before a name is read as hosting, not as praise of a thing.
 */
export const SITTING_CUES: VerbCue[] = [
  // Rule "a caption in the present": a photo caption tells its scene in the present, a position mark after each name
  // ("X (L) shakes hands with Y", "X (C) welcomes Y at the palace on <date>"). Such a scene tells a sitting only with
  // its own day: undated, the photo may be from any year (a file picture). Shaking hands with a person (a capital after
  // "with") is meeting them; "shook hands on the deal" seals an agreement, and "with the crowd" meets no one.
  { name: 'shook-hands-with', type: 'meeting', re: new RegExp(String.raw`\b(?:shook|shakes|shake|shaking)\s+hands\s+with\s+(?=\p{Lu})${WITH_ITS_DAY}`, 'u') },
  // Welcoming or receiving a person named by a capital, in the present ("welcomes Zelensky", "receives Sybiha"), with
  // its day; the past is the "hosted" cue's, and "welcomes the decision" stays praise (no capital follows).
  { name: 'welcomes-someone', type: 'host_visit', re: new RegExp(String.raw`\b(?:welcomes|receives)\s+(?=\p{Lu})${WITH_ITS_DAY}`, 'u') },
  // Rule "a host's meal": "was due to host a dinner with X", "will host a working lunch for X", "hosted a state banquet
  // for X": giving a meal for a guest is hosting them. Who is hosted is named after the meal; a meal for a crowd
  // ("for refugees") names no guest, and a capital names the host ("Kyiv will host a dinner") with no guest after it.
  { name: 'hosted-a-meal', type: 'host_visit', re: new RegExp(String.raw`\b(?:hosted|hosts|hosting|host)\s+(?:an?|the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?${MEAL}(?:\s+${MEAL_DAY})?\s+(?:for|with|in\s+honou?r\s+of)\s+(?=\p{Lu})`, 'u') },
  // Rule "talks that came before": "following talks between Ukrainian and US officials in Geneva", "after lengthy talks
  // between the two delegations": talks named as the occasion of the clause's news, with the sides between them; held
  // by the states those words name. "hoped for talks between" or "calls for talks between" wants them, held by no one.
  { name: 'after-talks-between', type: 'negotiation', subjectless: 'between', re: new RegExp(String.raw`\b(?:after|following)\s+(?:(?:the|their)\s+)?(?:[\w-]+\s+){0,2}?${TALKS_NOUNS}\s+between\b`, 'i') },
];
