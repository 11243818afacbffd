import { useId } from 'react';
import type { Dataset, EventType } from '../../../shared/schema';
import type { EventFilters } from '../types';
import type { FacetCounts } from '../utils/count-facets';
import { filterOptionsFor } from '../utils/build-filter-options';
import { CheckboxList } from './checkbox-list';
import { ConflictFilter } from './conflict-filter';
import { OfficialFilter } from './official-filter';
import { SearchBox } from './search-box';

interface FilterPanelProps {
  filters: EventFilters;
  /** The choices are worked out here, so their code loads with the panel, not with the page. */
  dataset: Dataset;
  counts: FacetCounts;
  onChange: (next: EventFilters) => void;
  onClear: () => void;
  /** False where the conflict switch is already on screen outside the panel (the phone layout). */
  showConflict?: boolean;
  /** Whether search also reads the articles' whole text. */
  searchesArticles?: boolean;
}

const inputClass = 'w-full rounded border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-700 dark:bg-slate-900';

export function FilterPanel({ filters, dataset, counts, onChange, onClear, showConflict = true, searchesArticles = false }: FilterPanelProps) {
  const ids = { from: useId(), to: useId() };
  const options = filterOptionsFor(dataset);
  const set = <K extends keyof EventFilters>(key: K, value: EventFilters[K]) => { onChange({ ...filters, [key]: value }); };

  return (
    <div className="space-y-5">
      <SearchBox value={filters.query} searchesArticles={searchesArticles} onCommit={(query) => {
          onChange({ ...filters, query });
        }} />
      {showConflict && <ConflictFilter value={filters.conflict} counts={counts.conflict} onChange={(c) => { set('conflict', c); }} />}
      <CheckboxList
        legend="Countries"
        options={options.countries.map((c) => ({ value: c.code, label: c.name }))}
        checked={filters.countries}
        counts={counts.countries}
        onChange={(v) => { set('countries', v); }}
      />
      <OfficialFilter groups={options.officialGroups} checked={filters.officials} counts={counts.officials} onChange={(v) => { set('officials', v); }} />
      <CheckboxList
        legend="Event types"
        options={options.types.map((t) => ({ value: t.id, label: t.label, detail: `CAMEO ${t.cameo}` }))}
        checked={filters.types}
        counts={counts.types}
        onChange={(v) => { set('types', v as EventType[]); }}
      />
      <fieldset className="space-y-2">
        <legend className="mb-1 text-sm font-semibold">Dates</legend>
        <div className="grid grid-cols-2 gap-2">
          <div>
            <label htmlFor={ids.from} className="block text-xs">From</label>
            <input id={ids.from} type="date" className={inputClass} value={filters.from ?? ''} max={filters.to ?? undefined} onChange={(e) => { set('from', e.target.value || null); }} />
          </div>
          <div>
            <label htmlFor={ids.to} className="block text-xs">To</label>
            <input id={ids.to} type="date" className={inputClass} value={filters.to ?? ''} min={filters.from ?? undefined} onChange={(e) => { set('to', e.target.value || null); }} />
          </div>
        </div>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={filters.exactOnly} onChange={(e) => { set('exactOnly', e.target.checked); }} />
          Exact dates only
        </label>
      </fieldset>
      <button type="button" onClick={onClear} className="rounded border border-slate-400 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800">
        Clear all filters
      </button>
    </div>
  );
}
