import type { Person } from '../../src/shared/schema';
import type { ExtractedEvent } from '../events/extract-events';

/** The states a visit went to: those it names that are no traveller's own (a traveller's home is where they set out). */
function destinations(e: ExtractedEvent, homes: Set<string | null | undefined>): string[] {
  return e.countries.filter((c) => !homes.has(c));
}

/**
 * Rule "trips apart": a visit is where it went. "Lammy visited Kyiv last week. He then travelled to Warsaw" tells two
 * trips of one traveller, on dates that may overlap (the week before publication holds both); one to Ukraine and one
 * to Poland are never one trip, though type, traveller and dates agree. Visits whose destinations (the states they name
 * that are no traveller's home) are both known and share none are told apart; one that names no destination, or the
 * same one by city and by state ("arrived in Kyiv", "visited Ukraine"), may still be the same trip.
 */
export function tripsApart(a: ExtractedEvent, b: ExtractedEvent, people: Map<string, Person>): boolean {
  if (a.type !== 'visit' || b.type !== 'visit') return false;
  const homes = new Set([...a.actors, ...b.actors].map((id) => people.get(id)?.country));
  const to = destinations(a, homes);
  const other = destinations(b, homes);
  return to.length > 0 && other.length > 0 && !to.some((c) => other.includes(c));
}
