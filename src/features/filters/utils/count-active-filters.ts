import type { EventFilters } from '../types';

/**
 * How many filters besides the conflict are narrowing the events: what the phone's "Filters (n)" button shows,
 * since those filters sit behind it while the conflict switch stays on screen. A list counts once per choice.
 */
export function countActiveFilters(f: EventFilters): number {
  return f.countries.length + f.officials.length + f.types.length + Number(f.from !== null) + Number(f.to !== null) + Number(f.exactOnly) + Number(f.query.trim() !== '');
}
