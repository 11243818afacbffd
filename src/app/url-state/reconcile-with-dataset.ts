import type { Dataset } from '../../shared/schema';
import type { DashboardState } from './dashboard-state';
import { quote } from './parse-url-state';

/** Drops well-formed values that name nothing in the data (an event id that does not exist, an unknown official). */
export function reconcileWithDataset(state: DashboardState, ds: Dataset): { state: DashboardState; notices: string[] } {
  const notices: string[] = [];
  const events = new Set(ds.events.map((e) => e.id));
  const people = new Set(ds.people.map((p) => p.id));
  const countries = new Set(ds.events.flatMap((e) => e.countries));
  const keep = (values: string[], known: Set<string>, what: string) => {
    const unknown = values.filter((v) => !known.has(v));
    if (unknown.length) notices.push(`No ${what} ${unknown.map(quote).join(', ')} in the data; ignored.`);
    return unknown.length ? values.filter((v) => known.has(v)) : values;
  };
  const filters = {
    ...state.filters,
    countries: keep(state.filters.countries, countries, 'country'),
    officials: keep(state.filters.officials, people, 'official'),
  };
  let selected = state.selected;
  if (selected && !events.has(selected)) {
    notices.push(`Event ${quote(selected)} was not found; it may have been merged or removed.`);
    selected = null;
  }
  const changed = filters.countries !== state.filters.countries || filters.officials !== state.filters.officials || selected !== state.selected;
  return { state: changed ? { ...state, filters, selected } : state, notices };
}
