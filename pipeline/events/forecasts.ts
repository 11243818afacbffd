import type { EventDate, EventType } from '../../src/shared/schema';
import { INCIDENT_TYPES, SPEECH_ACTS } from './event-cues';

/**
 * Rule "a forecast is no event": "X was expected to press Y to ...", "he said he was willing to help", "Z plans to
 * respond to the strike": a saying or an attack told as still ahead, with no day of its own (its date only the weeks
 * after publication), is a forecast, a wish or an intention, not a happening a reader would put on a timeline. A plan
 * is kept when it has a day ("will brief the Council on Monday"), and contacts told ahead stay plans ("will meet
 * next month"): the key lists meetings, calls and talks to come, not remarks and strikes to come. What the teller
 * said now is their own statement, read apart.
 */
export function isUndatedForecast(type: EventType, planned: boolean, date: EventDate): boolean {
  return planned && (SPEECH_ACTS.has(type) || INCIDENT_TYPES.has(type)) && date.basis === 'publication';
}
