import type { Channel } from '../../src/shared/schema';
import type { PersonMention, Sentence } from '../types';
import { CHANNEL_CUES } from './event-cues';

/** Venues of a person's own: a post, an interview, a briefing. Words said there are told over the next sentences. */
const OWN_VENUES = new Set<Channel>(['social_media', 'interview', 'press_briefing']);
/** How many sentences back the venue of a saying may be told. */
const VENUE_REACH = 2;

/**
 * Rule "the venue told before": "Trump was upbeat in a social media post. 'The tone was excellent,' he said." A saying
 * with no venue of its own, by one person, undated by its own words (the caller checks), was made where the sentence
 * just before (within VENUE_REACH, the same person named, nobody else's words between) says that person spoke: in a
 * post, an interview, at a briefing. Walking back stops at a sentence that names someone else, or that tells a venue
 * not the speaker's own.
 */
export function venueToldBefore(sentences: Sentence[], index: number, actor: string, mentions: PersonMention[]): Channel | null {
  for (let i = index - 1; i >= Math.max(0, index - VENUE_REACH); i--) {
    const s = sentences[i];
    if (!s) return null;
    const named = mentions.filter((m) => m.start >= s.start && m.end <= s.end).flatMap((m) => [m.personId, ...(m.also ?? [])]);
    const venue = CHANNEL_CUES.find((cue) => cue.re.test(s.text))?.channel;
    if (named.includes(actor) && venue && OWN_VENUES.has(venue)) return venue;
    if (named.some((id) => id !== actor) || venue) return null;
  }
  return null;
}
