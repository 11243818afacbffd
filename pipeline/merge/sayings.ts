import type { ExtractedEvent } from '../events/extract-events';

/** What people say: told several times in one article, each telling may be its own occasion. */
export const SAYINGS = new Set<ExtractedEvent['type']>(['statement', 'appeal', 'demand', 'condemnation', 'accusation', 'threat', 'rejection', 'intent_to_cooperate']);

/**
 * How many days before its paper's date an undated saying may have been made: a report tells what someone "said" that
 * day or the evening before.
 */
export const NEWS_DAYS = 1;
