import type { ConflictId, EventDate, EventType } from '../../src/shared/schema';
import { dateFault } from '../dates/date-invariants';
import type { DateMention, Range } from '../types';
import { isKnownOn, KNOWN_EVENTS, type KnownEvent } from '../lexicon/known-events';

/** How far before and after an event's cue its own phrase may name it ("the Alaska summit", "launched Operation Sindoor"). */
const LEAD_REACH = 50;
const TAIL_REACH = 80;

/**
 * Where an event's own phrase ends: punctuation, or a word that opens another clause or sets the event against
 * another ("met Zelensky days after the Alaska summit", "struck Pakistan in retaliation for the Pahalgam attack").
 */
const PHRASE_BOUNDARY = /[,;:.!?()"“”—–]|\b(?:after|before|since|following|ahead\s+of|until|when|while|amid|as|than|despite|because|in\s+(?:response|retaliation|reply)\s+to|which|that|who)\b/giu;

/**
 * Words that make the event another one than the known one: its sequel or its undoing ("extended the airspace
 * closure", "restored the treaty", "violated the ceasefire", "a new summit", "proposed a truce"), or its anniversary.
 * Case-sensitive so that "New Delhi" and "New York" are places, not a new event.
 */
const ANOTHER_EVENT = /\b(?:[Ee]xtend\w*|[Ee]xtension|[Rr]enew\w*|[Rr]estor\w*|[Rr]eopen\w*|[Ll]ift\w*|[Rr]esum\w*|[Rr]evok\w*|[Vv]iolat\w*|[Bb]reach\w*|[Pp]ropos\w*|[Aa]nniversary|[Aa]nother|new|[Nn]ext|[Ff]resh|[Ff]urther)\b|\bNew\b(?!\s+(?:Delhi|York))/;

export interface KnownEventFacts {
  type: EventType;
  conflict: ConflictId;
  /** The states the event names or its actors belong to. */
  countries: string[];
  published: string;
  /** Told as still ahead ("a plan to hold a summit in Alaska"): no known day. */
  planned: boolean;
}

/** The event's own phrase: the words of its cue, with what stands before and after it up to a boundary. */
function ownPhrase(body: string, at: Range, clause: Range): string {
  const lead = body.slice(Math.max(clause.start, at.start - LEAD_REACH), at.start);
  const cut = [...lead.matchAll(PHRASE_BOUNDARY)].at(-1);
  const tail = body.slice(at.end, Math.min(clause.end, at.end + TAIL_REACH));
  const stop = tail.search(new RegExp(PHRASE_BOUNDARY.source, 'iu'));
  return `${cut ? lead.slice(cut.index + cut[0].length) : lead}${body.slice(at.start, at.end)}${stop >= 0 ? tail.slice(0, stop) : tail}`;
}

/**
 * The known event an event's own phrase names ("India launched Operation Sindoor", "the Alaska summit", "India put the
 * Indus Waters Treaty in abeyance"): of its crisis and of a kind it can be, told as having happened in a story
 * published on its day or after, with a state that took part where the name alone is not enough.
 */
export function knownEventOf(body: string, at: Range, clause: Range, facts: KnownEventFacts): KnownEvent | null {
  if (facts.planned) return null;
  const phrase = ownPhrase(body, at, clause);
  if (ANOTHER_EVENT.test(phrase)) return null;
  return (
    KNOWN_EVENTS.find(
      (k) =>
        isKnownOn(k, facts.conflict, facts.published) &&
        k.types.includes(facts.type) &&
        (k.party === undefined || facts.countries.includes(k.party)) &&
        k.names.test(phrase),
    ) ?? null
  );
}

/**
 * An event named by a known event takes its known day, unless the text dates it otherwise. The date it has (its own
 * words, its paragraph's, or the week before publication) stays when it holds the known day ("met in Istanbul last
 * week", "launched a full-scale invasion in February 2022": what the text tells), and when it is a day, month or year
 * its own words state that excludes it (another event's, or the sentence's reading). The week before publication, a
 * date carried over from other sentences, or a loosely read relative phrase of its own ("the recent attack" months
 * later, "six months after") that excludes it gives way. The words that name it are the evidence of the day.
 */
export function knownEventDate(body: string, at: Range, clause: Range, dated: EventDate, facts: KnownEventFacts): DateMention | null {
  const known = knownEventOf(body, at, clause, facts);
  if (!known) return null;
  const holds = dated.start <= known.day && known.day <= dated.end;
  const guessed = dated.basis === 'publication';
  const carried = dated.basis === 'inherited';
  // The week before publication that holds the day stays too: in a story of that week the same event told again
  // undated has that week, and the two are told as one.
  if (holds) return null;
  // A vague date of its own is a relative phrase read loosely ("recent", "six months after"); a year it states is the text's.
  const vague = dated.precision === 'approximate' && dated.basis === 'relative-phrase';
  if (!guessed && !carried && !vague) return null;
  const day = { start: known.day, end: known.day, precision: 'day' as const, basis: 'explicit' as const };
  // A day of a year the words do not state is no day for the article (the project's invariant): the name alone does
  // not carry "the full-scale invasion" back to 2022 in a story of 2025.
  const words = body.slice(at.start, at.end);
  if (dateFault(day, false, facts.published, words) !== null) return null;
  return { start: at.start, end: at.end, text: words, date: day };
}
