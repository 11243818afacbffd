import type { EventType } from '../../../shared/schema';
import { EVENT_TYPE_COLOURS } from './event-type-colours';

/** The class an event item of this type carries; its rule (below) gives the item its type's colours. */
export const eventTypeClass = (type: EventType) => `tl-type-${type}`;

/**
 * One rule per event type setting the custom properties timeline.css draws items with. Made from the colours table,
 * so the table stays the one place colours live; a class per item is much cheaper for vis-timeline to apply than a
 * style string, which it parses by building an element per item.
 */
export function eventTypeRules(): string {
  return Object.entries(EVENT_TYPE_COLOURS)
    .map(([type, c]) => `.timeline-widget .vis-item.${eventTypeClass(type as EventType)}{--tl-stroke:${c.stroke};--tl-tint:${c.tint}}`)
    .join('\n');
}

let added = false;
/** Adds the rules to the document once (the table is ours, not article text). */
export function addEventTypeStyles(doc: Document = document): void {
  if (added) return;
  added = true;
  const style = doc.createElement('style');
  style.textContent = eventTypeRules();
  doc.head.append(style);
}
