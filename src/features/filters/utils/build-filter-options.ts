import type { Dataset } from '../../../shared/schema';
import { EVENT_TYPE_IDS, EVENT_TYPES, type EventType } from '../../../shared/schema/event-types';
import { countryName } from '../../../shared/lib/country-name';
import { OFFICES, roleIsOffice } from '../../../shared/lib/offices';

export interface OfficialOption {
  id: string;
  name: string;
  role: string | null;
  /** Lower-cased name, aliases and role, for the "find an official" box. */
  searchText: string;
}

export interface FilterOptions {
  countries: { code: string; name: string }[];
  officialGroups: { country: string; name: string; officials: OfficialOption[] }[];
  types: { id: EventType; label: string; cameo: string }[];
}

/** The choices worth offering: only countries, officials and types that occur in the events. */
export function buildFilterOptions(ds: Dataset): FilterOptions {
  const countries = new Set<string>();
  const actors = new Set<string>();
  const types = new Set<string>();
  for (const ev of ds.events) {
    ev.countries.forEach((c) => countries.add(c));
    ev.actors.forEach((a) => actors.add(a));
    types.add(ev.type);
  }
  const groups = new Map<string, OfficialOption[]>();
  for (const p of ds.people) {
    if (!actors.has(p.id)) continue;
    // Every role they held while the events happened, not only the latest: Rubio is Secretary of State and acting NSA.
    const current = p.roles.filter((r) => !r.to);
    const role = (current.length ? current : p.roles.slice(-1)).map((r) => r.title).join('; ') || null;
    const key = p.country ?? '';
    // Search matches any role they ever held and the words texts use for it ("NSA", "EAM").
    const officeWords = OFFICES.filter((o) => !o.needsAntecedent && p.roles.some((r) => roleIsOffice(r, o))).flatMap((o) => o.phrases);
    const searchText = [p.name, ...p.aliases, ...p.roles.map((r) => r.title), ...officeWords].join('\n').toLowerCase();
    groups.set(key, [...(groups.get(key) ?? []), { id: p.id, name: p.name, role, searchText }]);
  }
  const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name);
  return {
    countries: [...countries].map((code) => ({ code, name: countryName(code) })).sort(byName),
    officialGroups: [...groups]
      .map(([country, officials]) => ({
        country,
        name: country ? countryName(country) : 'Country unknown',
        officials: officials.sort(byName),
      }))
      .sort(byName),
    types: EVENT_TYPE_IDS.filter((t) => types.has(t)).map((id) => ({ id, ...EVENT_TYPES[id] })),
  };
}

const optionsCache = new WeakMap<Dataset, FilterOptions>();

/** The dataset's filter options, worked out once per dataset (the phone's filter sheet mounts the panel anew). */
export function filterOptionsFor(ds: Dataset): FilterOptions {
  let options = optionsCache.get(ds);
  if (!options) {
    options = buildFilterOptions(ds);
    optionsCache.set(ds, options);
  }
  return options;
}
