import type { PersonMention, Range } from '../types';
import { ING_PREPOSITIONS } from './clause-structure';
import { CONTACT_TYPES, SAME_ACT_PARTICIPLE, SPEECH_ACTS } from './event-cues';
import { MEASURE_CUES } from './measure-cues';
import type { CueMatch, Found } from './find-verbal-events';

// What counts as one act of speaking when a clause tells it with several verbs: one event for each act, not each verb.

/**
 * "X said that Russia was massing troops, and urged allies to ...": an act of speaking after ", and" at the top of the
 * reported words, with no subject of its own, goes on with whoever told them.
 */
const TELLER_GOES_ON = /,\s*and\s+(?:also\s+|then\s+|later\s+)?$/;

/**
 * Rule "the teller's participle": "Trump emphasized the US commitment to peace between India and Pakistan on Tuesday,
 * urging both nations to trade": a participle of speaking after a comma, the first act the reported words tell, has no
 * subject of its own (a participle never has one), whatever state or person stands before it: it goes on with the teller.
 */
export function tellersParticiple(body: string, clauseStart: number, at: Range, first: boolean): boolean {
  return first && SAME_ACT_PARTICIPLE.verb.test(body.slice(at.start, at.end)) && !ING_PREPOSITION.test(/^\w+/.exec(body.slice(at.start, at.end))?.[0] ?? '') && /,\s*$/.test(body.slice(clauseStart, at.start));
}

/** Whether the cue at `at` opens ", and urged ..." at the top of reported words, going on with their teller. */
export function tellerGoesOn(body: string, clauseStart: number, at: Range): boolean {
  return TELLER_GOES_ON.test(body.slice(clauseStart, at.start));
}

/**
 * "Rubio said after meeting Lavrov that ...", "Dar said following his talks with Wang that ...": a contact that opens the
 * reported words as the time of the saying is the teller's own, told beside what they said.
 */
const WHEN_SAID = /^\s*(after|before|following|upon|while|when)\s+(?:(?:his|her|their|a|an|the)\s+(?:[\w-]+\s+)?)?$/i;
/** "while having a call with", "when meeting": the words of time right before a gerund of contact. */
const WHILE_DOING = /\b(?:while|whilst|when)\s+$/i;
const GERUND_WORD = /^\p{L}{2,}ing\b/u;
/** "said after meeting", "said before his talks with": a saying apart from the contact in time, not what was said in it. */
const APART_IN_TIME = /^(?:after|before|following)$/i;

/**
 * Whether the contact cue at `at` opens the reported words as when their teller spoke: null when it does not, else
 * whether the saying came apart from the contact ("after meeting") rather than in it ("while meeting").
 */
export function tellerContactOfSaying(body: string, clauseStart: number, at: CueMatch): { apart: boolean } | null {
  if (!CONTACT_TYPES.has(at.type)) return null;
  const when = WHEN_SAID.exec(body.slice(clauseStart, at.start));
  if (when) return { apart: APART_IN_TIME.test(when[1] ?? '') };
  // Rule "while holding the contact" (round x21): "Sharif stressed the need for a probe while having a telephonic
  // conversation with Anwar": a gerund of contact after "while" or "when", anywhere in the reported words, is the
  // teller's, and what they said was said in it.
  return GERUND_WORD.test(body.slice(at.start, at.end)) && WHILE_DOING.test(body.slice(clauseStart, at.start)) ? { apart: false } : null;
}

/** "ruled out X, calling it ... and urging Y": the participle goes on with the act of speaking its subject began before. */
export function continuesAct(body: string, previous: { at: CueMatch; subject: PersonMention | null }, at: CueMatch, subject: PersonMention): boolean {
  if (!SPEECH_ACTS.has(at.type) || !SPEECH_ACTS.has(previous.at.type) || previous.subject?.personId !== subject.personId) return false;
  const gap = body.slice(previous.at.end, at.start);
  return SAME_ACT_PARTICIPLE.verb.test(body.slice(at.start, at.end)) && SAME_ACT_PARTICIPLE.gap.test(gap) && !SAME_ACT_PARTICIPLE.notAfter.test(gap);
}

/**
 * Rule "second verb of one saying": "Islamabad denied any role and called for a neutral inquiry", "the minister
 * condemned the shelling and demanded an apology": a second verb of speaking joined by "and" to the first, with no
 * subject of its own, tells the same act of speaking (one event per act, the first verb's), whether its subject is a
 * person or a state. A plain "said" first is only how the act was told: the more specific verb after it keeps its
 * own event (see withoutVehicleStatements); an act done rather than said ("summoned the envoy and denied ...") too.
 */
export function secondVerbOfOneSaying(previous: { at: CueMatch } | undefined, at: CueMatch, coordinated: boolean, hasOwnSubject: boolean): boolean {
  return previous !== undefined && coordinated && !hasOwnSubject && SPEECH_ACTS.has(at.type) && SPEECH_ACTS.has(previous.at.type) && previous.at.type !== 'statement' && !ACTS_NOT_WORDS.has(previous.at.name);
}

/** Cues of speech-act types that are done rather than said (summoning an envoy, staying away): what follows is another act. */
const ACTS_NOT_WORDS: ReadonlySet<string> = new Set([...MEASURE_CUES.map((c) => c.name), 'stayed-away', 'authorised-response']);

/**
 * "Rubio called Jaishankar and Sharif, urging both to ...": a participle after a comma (or "and") that follows another
 * act has no subject of its own; it is that act's subject's, never the last person named before it.
 */
const ING_PREPOSITION = new RegExp(String.raw`^${ING_PREPOSITIONS}$`, 'i');

export function participleOfPrevious(body: string, previous: { at: CueMatch; subject: PersonMention | null } | undefined, at: CueMatch): boolean {
  if (!previous?.subject) return false;
  const verb = /^\w+/.exec(body.slice(at.start, at.end))?.[0] ?? '';
  // An initial's stop ("S. Jaishankar", "U.S.") ends no clause.
  const gap = body.slice(previous.at.end, at.start).replace(/\b(\p{Lu})\./gu, '$1');
  return SAME_ACT_PARTICIPLE.verb.test(verb) && !ING_PREPOSITION.test(verb) && SAME_ACT_PARTICIPLE.gap.test(gap) && !SAME_ACT_PARTICIPLE.notAfter.test(gap);
}

/**
 * "Putin held talks with Witkoff and Kushner, negotiating with the two envoys": a participle of contact after a contact
 * tells the same sitting again, not another one; whoever it names before it is one of that sitting's participants.
 */
export function continuesContact(body: string, previous: CueMatch, at: CueMatch): boolean {
  if (!CONTACT_TYPES.has(at.type) || !CONTACT_TYPES.has(previous.type)) return false;
  const gap = body.slice(previous.end, at.start);
  return SAME_ACT_PARTICIPLE.verb.test(body.slice(at.start, at.end)) && SAME_ACT_PARTICIPLE.gap.test(gap) && !SAME_ACT_PARTICIPLE.notAfter.test(gap);
}

/**
 * "Dar slammed India's approach and said ...": the saying is how the act was told, not another event. A statement
 * whose actors all do something more specific in the same clause is dropped.
 */
export function withoutVehicleStatements(found: Found[]): Found[] {
  return found.filter((f) => {
    if (f.type !== 'statement') return true;
    // An act told in a gerund of time ("addressed the nation, a day after warning India") is another act, on another day.
    const same = (o: Found) => o !== f && o.type !== 'statement' && !o.ofTime && (f.actors.length > 0 ? f.actors.every((a) => o.actors.includes(a)) : o.agent !== null && o.agent === f.agent);
    return !found.some(same);
  });
}

/**
 * ", the Russian Ministry of Foreign Affairs announced.", ", the ministry said.", ", an advisory issued by the White House
 * said.": a body named after a comma at the end of its sentence, with a verb of saying and nothing after it but its
 * setting, is where the sentence's news came from.
 */
const TRAILING_ATTRIBUTION = /,\s*(?!(?:and|but|while|as|which|who|when|after|before)\b)(?:(?:the|an?|its|their|his|her)\s+)?(?:[\p{L}’'().-]+\s+){0,8}?$/u;
const ATTRIBUTION_END = /^[^,;:]{0,40}$/;

/**
 * "Lavrov held a phone conversation with Rubio, the Russian foreign ministry announced": a statement by no person that
 * only names the source of another event the sentence tells is that event's source, not an event of its own.
 */
export function withoutSourceAttributions(body: string, found: Found[], sentence: Range): Found[] {
  return found.filter((f) => {
    if (f.type !== 'statement' || f.actors.length > 0) return true;
    const lead = TRAILING_ATTRIBUTION.exec(body.slice(sentence.start, f.at.start));
    if (!lead || !ATTRIBUTION_END.test(body.slice(f.at.end, sentence.end))) return true;
    const comma = sentence.start + lead.index;
    return !found.some((o) => o !== f && o.type !== 'statement' && o.at.end <= comma);
  });
}
