import type { EventType } from '../../src/shared/schema';
import type { DateMention, Range } from '../types';
import { INCIDENT_CUES } from './event-cues';
import { clauseSegment } from './clause-structure';
import { LAUNCH_VERBS } from '../lexicon/act-verbs';

/** One incident cue found in a clause's text, offsets within that text. */
export interface IncidentMatch {
  type: EventType;
  ownDate?: 'month-or-day' | 'dated';
  index: number;
  words: string;
  /** Who did it, named after "by" in a passive ("was hit by Russian missiles"): the attacker's words. */
  agent?: string;
}

/**
 * Rule "the passive told by its agent": "Sumy was hit by Russian missiles on Tuesday", "26 tourists were shot dead by
 * militants in Pahalgam", "five people were killed on Sunday by a Russian drone": the passive with its agent after
 * "by" tells the act the active does ("Russian missiles hit Sumy"), so the cue tables read it as that active
 * ("missiles hit"), the agent first. Up to eight words (whom, where, when) between the participle and "by"; the agent
 * is tried from its first word on, up to four words ("a Russian missile"). Only a cue whose words end with the
 * participle is one: an attacker and their act, as the tables tell them.
 */
const PASSIVE = /\b(?:was|were|(?:has|have|had)\s+been|being)\s+(?:\w+ly\s+)?(shot\s+dead|gunned\s+down|rained\s+down\s+on|slammed\s+into|hit|struck|shot|\w+ed)\b((?:\s+(?!by\b)[^\s,.;:!?]+){0,8}?)\s+by\s+((?:[^\s,.;:!?]+\s*){1,5})/giu;
const AGENT_WORDS = 4;

export function passiveIncidents(text: string): IncidentMatch[] {
  const out: IncidentMatch[] = [];
  for (const m of text.matchAll(PASSIVE)) {
    const participle = m[1] ?? '';
    const words = (m[3] ?? '').trim().split(/\s+/);
    for (let n = 1; n <= Math.min(AGENT_WORDS, words.length); n++) {
      const agent = words.slice(0, n).join(' ');
      const active = `${agent} ${participle}`;
      const cue = INCIDENT_CUES.find((c) => [...active.matchAll(c.re)].some((a) => a.index + a[0].length === active.length));
      if (!cue) continue;
      out.push({ type: cue.type, ownDate: cue.ownDate, index: m.index, words: m[0].slice(0, m[0].indexOf(participle) + participle.length), agent });
      break;
    }
  }
  return out;
}

/** Every incident cue of a clause's text, the tables' own first, then the passives they read (rule "the passive told by its agent"). */
export function incidentMatches(text: string): IncidentMatch[] {
  const own = INCIDENT_CUES.flatMap(({ type, re, ownDate }) => [...text.matchAll(re)].map((m) => ({ type, ownDate, index: m.index, words: m[0] })));
  return [...own, ...passiveIncidents(text)];
}

/**
 * Rule "an incident in a clause of its own": "Tensions soared after gunmen killed 26 tourists in Pahalgam on April 22",
 * "Five people died when a Russian missile hit a hospital in Sumy on Tuesday", "The air force said Russian missiles
 * hit Sumy on Tuesday": an incident told as the subject and verb of a clause that a subordinating word (or a verb of
 * saying, with or without "that") opens is dated by that clause, as it would be standing alone. Up to two words of
 * its subject before the cue ("after Russian missiles", "when a Russian missile"); a noun of an incident must have its
 * verb right after it ("after the strike hit"), else the word is a preposition ("after the strike, India ...").
 */
const SUBORDINATOR = String.raw`(?:[Aa]fter|[Bb]efore|[Ww]hen|(?<!\bwell\s)[Aa]s|[Ss]ince|[Ww]hile|[Bb]ecause|[Oo]nce|[Uu]ntil|that|(?:said|says|say|claimed|claims|confirmed|confirms|stated|added|reported)(?:\s+that)?)`;
const SUBORDINATE_LEAD = new RegExp(String.raw`\b(${SUBORDINATOR})\s+(?:(?:an?|its|their|\d+|[\d,]+|\p{Lu}[\p{L}-]*|\p{Ll}+ly)\s+){0,2}$`, 'u');
/** A verb in the past right after an incident's noun: the noun is its clause's subject ("the strike hit", "shelling killed"). */
const VERB_AFTER = /^\s+(?:(?:had|has|have|reportedly|allegedly)\s+)?(?:killed|hit|struck|left|destroyed|damaged|wounded|injured|targeted|tore|ripped|pounded|slammed|claimed)\b/i;
/**
 * Words before a subordinating word that set a fronted clause off before the main one ("After", "Days after", "Just
 * hours before", "On Tuesday, shortly after"): such a clause ends at its comma, and the main clause's date is not its own.
 */
const FRONTED_LEAD = /^[\s"“‘']*(?:(?:just|only|even|shortly|soon|long|moments?|minutes?|hours?|days?|weeks?|months?|an?|one|two|three|four|five|six|seven|several|few|\d+|on|early|late|[\p{L}]+day|,)\s*)*$/iu;
/** "when" and "as" tell what happened at the same time as the main clause: its date, told before them, is theirs too. */
const AT_THE_SAME_TIME = /^(?:when|as)$/i;

export interface SubordinateClause extends Range {
  /** Where the clause's own words begin, after its subordinating word: what comes before is another clause's. */
  opens: number;
  /** The date of the main clause before "when" or "as", which the clause shares ("died on Tuesday when missiles hit"). */
  shared: DateMention | null;
}

/** The clause an incident opens after a subordinating word, with where its own date may stand; null when it opens none. */
export function subordinateClauseOf(body: string, clause: Range, match: IncidentMatch, dates: DateMention[]): SubordinateClause | null {
  const text = body.slice(clause.start, clause.end);
  const lead = SUBORDINATE_LEAD.exec(text.slice(0, match.index));
  if (!lead) return null;
  const clausal = match.ownDate === 'dated' || match.agent !== undefined || VERB_AFTER.test(text.slice(match.index + match.words.length));
  if (!clausal) return null;
  const at = { start: clause.start + match.index, end: clause.start + match.index + match.words.length };
  const word = clause.start + lead.index;
  const segment = clauseSegment(body, clause, at);
  const fronted = FRONTED_LEAD.test(body.slice(clause.start, word));
  const comma = body.indexOf(',', at.end);
  const end = fronted && comma >= 0 && comma < segment.end ? comma : segment.end;
  const shared = AT_THE_SAME_TIME.test(lead[1] ?? '') ? (dates.filter((d) => d.start >= clause.start && d.end <= word).at(-1) ?? null) : null;
  return { start: at.start, end, shared, opens: word + (lead[1]?.length ?? 0) };
}

/**
 * Rule "halted after its noun": "Shelling stopped after the truce", "the strikes on the port were halted on Monday",
 * "cross-border firing has ceased": an incident's noun as the subject of a verb of halting tells fighting that ended,
 * not an attack (the halt is a ceasefire's, told by its own cues). Up to six words of the noun's complements between.
 */
const HALTED_AFTER = /^(?:\s+[^\s,.;:!?]+){0,6}?\s+(?:(?:has|have|had)\s+(?:been\s+)?|(?:was|were)\s+)?(?:stopped|halted|ceased|paused|suspended|subsided|died\s+down)\b/i;

export const isHaltedAfter = (text: string) => HALTED_AFTER.test(text);

/**
 * Rule "an incident acted on": "The missile strike on Sumy was condemned by Macron on Tuesday", "the attack was
 * discussed at the summit on Friday": an incident that is the subject of a passive of someone else's act is what
 * that act was about; the clause's date is that act's, not the incident's. Its own launching in the passive ("was
 * carried out by Russia on Tuesday") still dates it. Up to six words of its complements before the auxiliary.
 */
const ACTED_ON = new RegExp(String.raw`^((?:\s+[^\s,.;:!?]+){0,6}?)\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?!(?:${LAUNCH_VERBS}|carried|executed)\b)\w+ed\b`, 'i');

/** Where the passive of the act done to it begins in the words after an incident (rule above), or null. */
export function actedOnAt(tail: string): number | null {
  const m = ACTED_ON.exec(tail);
  return m ? (m[1] ?? '').length : null;
}
