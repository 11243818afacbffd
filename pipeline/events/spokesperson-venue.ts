import type { Person } from '../../src/shared/schema';
import type { ExtractedEvent } from './extract-events';
import { SPEECH_ACTS, SPOKESPERSON_TITLE } from './event-cues';

/** Whether the person's office is to speak for their state (a spokesperson, a press secretary). */
export const speaksForState = (id: string, people: Map<string, Person>): boolean => people.get(id)?.roles.some((r) => SPOKESPERSON_TITLE.test(r.title)) ?? false;

/**
 * A saying by someone whose office is to speak for the state ("Spokesperson Tammy Bruce announced ...") with no venue
 * told in any of its sources was given at their briefing. Applied once every account of an act is merged, so that a
 * venue told in another sentence or article wins.
 */
export function withSpokespersonVenue(e: ExtractedEvent, people: Map<string, Person>): ExtractedEvent {
  if (e.channel !== 'unknown' || !SPEECH_ACTS.has(e.type) || e.actors.length !== 1) return e;
  const [id = ''] = e.actors;
  return speaksForState(id, people) ? { ...e, channel: 'press_briefing' } : e;
}
