import type { EventType } from '../../src/shared/schema';
import { COUNTRIES } from '../lexicon/countries';
import { escapeRegExp } from '../lexicon/escape-reg-exp';
import { wordsOf } from '../lexicon/country-names';
import { SAYING_NOUN } from '../lexicon/owner-words';
import { REPORTING_VERB } from '../lexicon/reporting-verbs';
import type { Range } from '../types';
import { SPEECH_ACTS } from './event-cues';
import type { ReportedClause } from './find-reporter';
import type { Found } from './find-verbal-events';
import { SAYING_CONTENT_CUES, type ContentSubject } from './saying-content-cues';

// Rule "a saying typed by what it says": a saying told with a neutral verb ("said", "wrote on X") is the act its
// content tells, read by the cues of saying-content-cues.ts in the content alone: its type changes, nothing else.

/** What was said asks (an indirect question, a question mark): it tells no act. */
const ASKS = /^\s*(?:that\s+)?(?:whether|if|why|how|what|who|when)\b|\?/i;

/**
 * Words before a cue that make it someone else's words or thoughts ("said India had claimed that ...", "said the
 * accusation that ...", "said Kyiv believed ..."): the cue is what a third party told, not the teller's act.
 */
const THIRD_PARTY = new RegExp(String.raw`${REPORTING_VERB.source}|\b(?:accus\w*|alleg\w*|blam\w*|believ\w*|think|thinks|thought|fear\w*|suspect\w*|suggest\w*|argu\w*|den(?:y|ies|ied)|quot\w*|cit(?:ed|ing)|${SAYING_NOUN}\s+(?:that|of|by))\b`, 'i');

/** A relative clause open before the cue (", which India blamed on", ", who ..."): background inside what was said. */
const OPEN_RELATIVE = /,\s*(?:which|who|whom|whose)\b[^,]*$/i;

/**
 * Words before a cue that deny, doubt or suppose it ("there was no evidence that", "it was unclear whether", "if ...,",
 * "could"): what follows them is not asserted. "may" in lower case only ("in May" is a month).
 */
const NOT_ASSERTED = /\b(?:[Nn]ot|[Nn]ever|[Nn]o|[Cc]ould|[Mm]ight|may|[Ii]f|[Uu]nless|[Ww]hether|[Uu]nclear|[Dd]oubt\w*|[Hh]ypothetical\w*)\b|n['’]t\b/;

/** Where the cue's own clause starts in what was said: after the last "that", comma, semicolon, colon or dash. */
const CLAUSE_BREAK = /(?:\bthat\b|[,;:—–]|\s-\s)(?![^]*(?:\bthat\b|[,;:—–]|\s-\s))/i;

/** Words for the teller's own side: a pronoun of the first or third person, or "his country", "the government". */
const OWN_WORDS = /\b(?:we|us|our|I|it|its|he|she|his|her)\b|\b(?:the|this)\s+(?:government|country|nation|army|military)\b/i;

/** Each state's words (lexicon/country-names.ts: names, cities, institutions), as a pattern read once. */
const STATE_PATTERN = new Map(COUNTRIES.map((c) => [c.code, new RegExp(String.raw`\b(?:${wordsOf(c).map(escapeRegExp).join('|')})(?![\w.])`)]));
const ANY_STATE = new RegExp([...STATE_PATTERN.values()].map((r) => r.source).join('|'));

/** Whether a subject fits what the cue needs of it, given the teller's states. */
function subjectFits(subject: string, needs: ContentSubject, own: readonly string[]): boolean {
  if (needs === 'any') return true;
  const ownState = own.some((c) => STATE_PATTERN.get(c)?.test(subject));
  const mine = ownState || (OWN_WORDS.test(subject) && !ANY_STATE.test(subject));
  return needs === 'own' ? mine : !mine;
}

/**
 * The type of a saying by its content: the first cue of the table that holds in its own clause of what was said, with
 * a subject it fits, asserted (no denial, doubt, condition or question before it), and the teller's own words (no
 * third party's saying, nor a relative clause of background, before it). 'statement' when none does.
 */
export function sayingTypeByContent(content: string, ownStates: readonly string[]): EventType {
  if (ASKS.test(content)) return 'statement';
  for (const cue of SAYING_CONTENT_CUES) {
    const m = cue.re.exec(content);
    if (!m) continue;
    const head = content.slice(0, m.index);
    if (THIRD_PARTY.test(head) || OPEN_RELATIVE.test(head)) continue;
    const brk = CLAUSE_BREAK.exec(head);
    const subject = brk ? head.slice(brk.index + brk[0].length) : head;
    if (NOT_ASSERTED.test(head)) continue;
    if (subjectFits(subject, cue.subject, ownStates)) return cue.type;
  }
  return 'statement';
}

/** A reporting verb's cue ("said", "wrote on X", "told reporters"): a statement whose words follow it. */
const NEUTRAL_TELLING = /^(?:said|says|stated|told|added|wrote|posted|tweeted|declared|stressed|noted|emphasi[sz]ed|reiterated|claimed|remarked)\b/i;

/** Acts of speaking, and offers, that a clause may tell by a verb cue of their own. */
const TOLD_BY_A_VERB = new Set<EventType>([...SPEECH_ACTS, 'intent_to_cooperate']);

/**
 * What a statement told: for a saying, its reported clause (not when its source is set off inside the clause, whose
 * words then run around it); for a neutral reporting verb, its reported clause when the verb stands before it, else the
 * rest of the clause after the verb ("The Kremlin said on Thursday the proposal ..."), unless that clause is itself
 * what a teller said.
 */
function contentOfStatement(f: Found, reported: ReportedClause): Range | null {
  if (f.saying) return reported.setOff ? null : reported.clause;
  // "Zelensky said Russian officials had claimed that ...": a telling inside what another teller said is theirs to report.
  if (reported.reporting && f.at.start >= reported.clause.start && f.at.end <= reported.clause.end) return null;
  const from = f.at.end <= reported.clause.start ? reported.clause.start : f.at.end;
  return from < reported.clause.end ? { start: from, end: reported.clause.end } : null;
}

/**
 * The type of a statement found in a sentence, by what it told: another act of speaking that a verb cue reads inside
 * what was told ("said Pakistan had condemned", "said Russia must end the war") is about that act, and the statement
 * stays one. `ownStates`: the teller's states.
 */
export function statementTypeOf(body: string, f: Found, reported: ReportedClause, found: readonly Found[], ownStates: readonly string[]): EventType {
  if (f.type !== 'statement' || (!f.saying && !NEUTRAL_TELLING.test(body.slice(f.at.start, f.at.end)))) return f.type;
  const content = contentOfStatement(f, reported);
  if (!content || found.some((o) => o !== f && TOLD_BY_A_VERB.has(o.type) && o.at.start >= content.start && o.at.end <= content.end)) return f.type;
  return sayingTypeByContent(body.slice(content.start, content.end), ownStates);
}
