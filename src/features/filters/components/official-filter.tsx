import { useId, useState } from 'react';
import type { FilterOptions } from '../utils/build-filter-options';
import { CheckboxList } from './checkbox-list';

interface OfficialFilterProps {
  groups: FilterOptions['officialGroups'];
  checked: readonly string[];
  counts: Map<string, number>;
  onChange: (next: string[]) => void;
}

/** Officials grouped by country, narrowed by a search box over names, aliases and roles. */
export function OfficialFilter({ groups, checked, counts, onChange }: OfficialFilterProps) {
  const [find, setFind] = useState('');
  const inputId = useId();
  const needle = find.trim().toLowerCase();
  const shown = groups
    .map((g) => ({ ...g, officials: g.officials.filter((o) => !needle || o.searchText.includes(needle) || checked.includes(o.id)) }))
    .filter((g) => g.officials.length);
  return (
    <fieldset className="space-y-2">
      <legend className="mb-1 text-sm font-semibold">Officials</legend>
      <label htmlFor={inputId} className="sr-only">
        Find an official
      </label>
      <input
        id={inputId}
        type="search"
        value={find}
        onChange={(e) => { setFind(e.target.value); }}
        placeholder="Find an official"
        className="w-full rounded border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-700 dark:bg-slate-900"
      />
      {shown.length === 0 && <p className="text-xs text-slate-600 dark:text-slate-400">No official matches “{find}”.</p>}
      {shown.map((g) => (
        <CheckboxList
          key={g.country}
          legend={g.name}
          options={g.officials.map((o) => ({ value: o.id, label: o.name, detail: o.role }))}
          checked={checked}
          counts={counts}
          onChange={onChange}
        />
      ))}
    </fieldset>
  );
}
