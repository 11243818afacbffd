import type { Channel, EventType } from '../../src/shared/schema';
import { daysBetween } from '../dates/calendar';
import { COUNTRIES } from '../lexicon/countries';
import { escapeRegExp } from '../lexicon/escape-reg-exp';
import { CHANNEL_CUES, INCIDENT_TYPES, MEDIUM_UNTOLD, SPEECH_ACTS, STATE_MEASURES } from './event-cues';

/** Contact told as kept or made ("in direct contact with", "remained in touch with"), which names no medium by itself. */
const CONTACT_KEPT = /\b(?:contact|touch)\b/i;
/** A line named among those words ("in telephone contact"). */
const LINE_NAMED = /\b(?:phone|telephon\w*|hotline|line|video)\b/i;

/** A sitting held over a screen: "virtual", "online", "by video link", "a videoconference". */
const HELD_ONLINE = /\b(?:virtual(?:ly)?|online|video\s*(?:link|conference|call)|videoconferenc\w*)\b/i;
/** How far before a sitting's words its word of being online may stand ("an online European Council summit"). */
const ONLINE_REACH = 40;

/** Talks told as a conversation ("a conversation took place"): held over a line, as such talks are told. */
const CONVERSATION = /\bconversations?\b/i;
/** Talks held over a line rather than across a table. */
const REMOTE_TALKS = /\b(?:hotline|phone|telephon\w*|call|video\s*(?:link|conference)|virtual(?:ly)?)\b/i;

/**
 * A saying made in a room, before an audience: a speech, an address to an assembly or parliament, remarks during a
 * visit or on opening a session. Told in person ("addressing the General Assembly", "told the Senate", "speaking at a
 * forum", "during a visit to the air base"); an address to the nation is a broadcast (official_statement, above it in
 * CHANNEL_CUES), and "told reporters" a briefing.
 */
export const SPEECH_VENUE = new RegExp(
  String.raw`\b(?:` +
    [
      String.raw`address(?:ed|es|ing)\s+(?:the|a|an)\s+(?!nation\b)(?:[\w'’-]+\s+){0,5}?(?:Assembly|Council|Parliament|parliament|Senate|Congress|Institute|conference|forum|summit|session|rally|gathering|audience|students|lawmakers|legislators|troops|soldiers|meeting|ceremony|event|Lok\s+Sabha|Rajya\s+Sabha)`,
      String.raw`(?:in|during)\s+(?:a|an|his|her|their|the)\s+(?:[\w'’-]+\s+){0,3}?(?:speech|address\s+to\s+(?!the\s+nation\b))`,
      String.raw`speaking\s+(?:at|in|before|to)\s+(?:a|an|the)\s+(?!phone|telephone|call)`,
      String.raw`(?:during|on)\s+(?:a|an|his|her|their|the)\s+(?:[\w'’-]+\s+){0,2}?visit\b`,
      String.raw`told\s+(?:the\s+)?(?:Senate|parliament|Parliament|National\s+Assembly|Lok\s+Sabha|Rajya\s+Sabha|lawmakers|legislators|a\s+rally|(?:the\s+)?(?:UN\s+)?General\s+Assembly|(?:the\s+)?Security\s+Council)`,
      String.raw`(?:in|before)\s+the\s+(?:Lok\s+Sabha|Rajya\s+Sabha|Senate|National\s+Assembly|(?:UN\s+)?General\s+Assembly|Security\s+Council)`,
      String.raw`right\s+of\s+reply`,
      String.raw`open(?:ed|ing)\s+the\s+(?:session|talks|meeting|summit|conference)`,
    ].join('|') +
    ')',
  'i',
);

/** The words of government that speak as a body rather than as a person: a ministry, an office, a cabinet. */
const BODY_NOUN = String.raw`(?:[Mm]inistry|[Oo]ffice|[Gg]overnment|[Cc]abinet|[Ee]mbassy|[Hh]igh\s+[Cc]ommission|[Pp]residency|[Cc]hancellery|[Ss]ecretariat|[Dd]epartment|[Aa]rmy|[Mm]ilitary|[Aa]rmed\s+[Ff]orces|[Jj]oint\s+statement|[Ss]tatement)`;
const STATE_BODIES = COUNTRIES.flatMap((c) => [...c.cities, ...c.institutions]).map(escapeRegExp);
/**
 * A saying whose subject is a body of the state, not a person: "the Kremlin said", "Russia's Foreign Ministry called",
 * "the Indian government said", "Beijing announced", "the joint statement said". Such a saying is the state's written
 * or official word. The subject is the end of the words before the verb (a day or a time may stand between).
 */
export const BODY_AS_SUBJECT = new RegExp(
  String.raw`(?:\b${BODY_NOUN}|\b(?:${STATE_BODIES.join('|')}))(?:\s*\([A-Z]{2,6}\))?(?:,\s*[A-Z][\w]+)?\s*(?:\s(?:on|late|early|last|this|earlier|later)\s+[\w ]{0,20}?)?\s*$`,
);

/** An incident dated this long before its article is history told as background, not news the article reports. */
const HISTORY_DAYS = 365;

export interface ChannelContext {
  /** The sentence the event is told in. */
  sentence: string;
  /** The words of its cue (its verb or noun). */
  words: string;
  /** The words of its sentence before its cue: its subject, if it stands before the cue, ends there. */
  beforeCue: string;
  /** The last day the event may have been on, and the article's publication day (YYYY-MM-DD). */
  end: string;
  published: string;
  /** The sentence's teller told a news outlet ("told Fox News that"), and this is the teller's own saying. */
  toldOutlet?: boolean;
}

/** How an event was told or held: by its type first, then by the words of its sentence. */
export function channelOf(type: EventType, c: ChannelContext): Channel {
  // Rule "contact kept, its line untold" (round x21): "has been in direct contact with Dar", "remained in touch with
  // Rubio" says contact was kept, not over what; "in telephone contact" names the line.
  if (type === 'phone_call') return CONTACT_KEPT.test(c.words) && !LINE_NAMED.test(c.words) ? 'unknown' : 'phone';
  // An attack is known from the news that reports it; a statement in the same sentence is usually about something
  // else. One of another year ("the invasion of February 2022") is history the article recalls, told by no one.
  if (INCIDENT_TYPES.has(type)) return daysBetween(c.end, c.published) > HISTORY_DAYS ? 'unknown' : 'media_report';
  // Rule "a sitting held online" (round x21): "a virtual meeting", "an online summit", "a video conference" is held
  // over no table, and the channels have no line for it: unknown. Only the sitting's own words and the few before it
  // ("after an online summit ..., following a summit in Washington": the second is in person).
  if (type === 'meeting' && HELD_ONLINE.test(`${c.beforeCue.slice(-ONLINE_REACH)}${c.words}`)) return 'unknown';
  if (type === 'meeting' || type === 'visit' || type === 'host_visit') return 'in_person';
  // Talks are held in person unless the sentence says they went over a line; contact told as "engaged" says neither.
  // Rule "a conversation took place" (round x21): talks told as a conversation ("another military-level conversation
  // took place") went over a line, as conversations between capitals do.
  if (type === 'negotiation') return REMOTE_TALKS.test(c.sentence) || CONVERSATION.test(c.words) ? 'phone' : MEDIUM_UNTOLD.test(c.words) ? 'unknown' : 'in_person';
  // Rule "told an outlet": what a teller told a news outlet they told in an interview.
  if (SPEECH_ACTS.has(type) && c.toldOutlet) return 'interview';
  const cued = CHANNEL_CUES.find((cue) => cue.re.test(c.sentence))?.channel;
  if (cued) return cued;
  if (SPEECH_ACTS.has(type) && SPEECH_VENUE.test(c.sentence)) return 'in_person';
  // A state's measure (an expulsion, a border closed, sanctions) is announced by its government in writing, as is
  // whatever a body of the state says.
  if (STATE_MEASURES.has(type) || (SPEECH_ACTS.has(type) && BODY_AS_SUBJECT.test(c.beforeCue))) return 'official_statement';
  return 'unknown';
}
