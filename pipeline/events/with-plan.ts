import type { VerbCue } from './event-cues';
import { TALKS_NOUNS } from '../lexicon/act-verbs';
import { PLAN_PARTICIPLE, SET_TO } from '../lexicon/tense-words';
import { NOUN_PHRASE_WORD } from '../lexicon/noun-phrase-words';

/**
 * Rule "a plan in a with-phrase" (round x20): "India and Pakistan agreed to extend the truce, with their commanders due
 * to hold talks on Sunday", "..., with Zelensky expected to visit Ankara on Friday", "..., with a second round planned
 * for next week", "..., with talks expected to resume on Friday". The phrase after ", with" is a clause of its own
 * without a verb of tense: its noun phrase is the subject of the plan's infinitive (or is the planned event itself),
 * and none of the main clause's people or states acts in it. Read as a clause of its own (clause-structure.ts breaks
 * there), its act is found by the cues as any other, its subject by the rules of subjects, and its tense by the words
 * of plan (lexicon/tense-words.ts: PLAN_PARTICIPLE).
 *
 * Not a plan: "with no talks planned" (nothing said to happen), "with no date set for a second round".
 */

/**
 * The noun phrase after ", with": up to 120 characters with no clause's stop or comma, an appositive set off by dashes
 * or brackets inside it ("with top officers of both armies—the DGMOs—due to meet").
 */
const WITH_SUBJECT = String.raw`[^,;:.!?]{1,120}?\s*`;
/** After ", with": its noun phrase (no "no" first: "with no talks planned") and a participle of plan. */
export const WITH_PLAN_BREAK = String.raw`,\s+with\s+(?=(?!no\b)${WITH_SUBJECT}${PLAN_PARTICIPLE})`;

/** Before a cue's verb: the with-phrase of a plan, up to its participle and "to" ("..., with the DGMOs due to "). */
const WITH_PLAN_BEFORE = new RegExp(String.raw`,\s+with\s+(?!no\b)${WITH_SUBJECT}(?:${SET_TO})\s+to\s+$`, 'i');

/**
 * Whether the verb at `verbStart` is the plan of a with-phrase in the clause from `clauseStart`. With no subject of its
 * own named ("with their commanders due to hold talks"), its contact is of the crisis's two sides.
 */
export const isWithPlan = (body: string, clauseStart: number, verbStart: number): boolean => WITH_PLAN_BEFORE.test(body.slice(clauseStart, verbStart));

/** Words that name a round of talks ahead: "a second round", "the next round of talks", "another round". */
const ROUND_AHEAD = String.raw`(?:(?:second|third|fourth|fifth|next|new|fresh|further|another)\s+(?:[\w-]+\s+)?round(?:\s+of\s+(?:[\w-]+\s+)?${TALKS_NOUNS})?)`;

/** Between the noun and its participle: the words of its noun phrase ("of the two delegations", "between the armies"). */
const PARTIES_GAP = String.raw`\s+(?:${NOUN_PHRASE_WORD}\s+){0,6}?`;

/**
 * Rule "a plan told by its noun": talks, a round of them, a meeting or a summit, then a participle of plan ("a second
 * round planned for next week", "talks expected to resume on Friday", "a summit set for June"): the planned sitting
 * itself, of the crisis's two sides unless its words name its parties ("a meeting between Putin and Trump").
 */
const PLAN_BY_NOUN = String.raw`(?<!\bno\s+(?:[\w-]+\s+)?)\b(?:${ROUND_AHEAD}|${TALKS_NOUNS})${PARTIES_GAP}(?:(?:is|are)\s+)?${PLAN_PARTICIPLE}`;
const SITTING_BY_NOUN = String.raw`(?<!\bno\s+(?:[\w-]+\s+)?)\b(?:meeting|summit)${PARTIES_GAP}(?:(?:is|are)\s+)?${PLAN_PARTICIPLE}`;

/**
 * Rule "a sitting planned by its verb": "(the commanders,) due to convene on Sunday", "(both sides) set to sit down":
 * coming together without an object, planned, is a meeting of its subject (the 'met' cue reads "meet").
 */
const CONVENE_PLANNED = String.raw`(?<=\b(?:${SET_TO})\s+to\s+)(?:convene|gather|sit\s+down)\b`;

export const PLAN_NOUN_CUES: VerbCue[] = [
  { name: 'convene-planned', type: 'meeting', re: new RegExp(CONVENE_PLANNED, 'i') },
  { name: 'talks-planned', type: 'negotiation', subjectless: 'both-sides', re: new RegExp(PLAN_BY_NOUN, 'iu') },
  { name: 'sitting-planned', type: 'meeting', subjectless: 'both-sides', re: new RegExp(SITTING_BY_NOUN, 'iu') },
];
