import type { ConflictId, EventType } from '../../shared/schema';

/** What the reader has narrowed the events down to. Empty lists mean "no restriction". */
export interface EventFilters {
  conflict: ConflictId | null;
  countries: string[];
  officials: string[];
  types: EventType[];
  /** Inclusive YYYY-MM-DD bounds; an event overlapping the range is kept. */
  from: string | null;
  to: string | null;
  exactOnly: boolean;
  query: string;
}

export const NO_FILTERS: EventFilters = {
  conflict: null,
  countries: [],
  officials: [],
  types: [],
  from: null,
  to: null,
  exactOnly: false,
  query: '',
};
