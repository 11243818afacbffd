import { toCsvFile } from '../../../shared/lib/csv';
import { countryName } from '../../../shared/lib/country-name';
import type { ContactPair } from './contact-pairs';

export const PAIR_COLUMNS = ['official_a', 'country_a', 'official_b', 'country_b', 'events', 'first_date', 'last_date', 'event_ids'] as const;

/** One row per pair of officials, with the events that link them, in the project's CSV conventions. */
export function pairsToCsv(pairs: readonly ContactPair[]): string {
  return toCsvFile(
    PAIR_COLUMNS,
    pairs.map((p) => [
      p.a.name, countryName(p.a.country), p.b.name, countryName(p.b.country), p.events.length,
      p.events[0]?.date.start ?? null, p.events.reduce((last, e) => (e.date.end > last ? e.date.end : last), ''),
      p.events.map((e) => e.id).join('; '),
    ]),
  );
}
