import { CONFLICT_IDS, CONFLICTS, type ConflictId } from '../../../shared/schema/conflicts';

interface ConflictFilterProps {
  value: ConflictId | null;
  counts: Map<string, number>;
  onChange: (c: ConflictId | null) => void;
}

export function ConflictFilter({ value, counts, onChange }: ConflictFilterProps) {
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const options: { id: ConflictId | null; label: string; n: number }[] = [
    { id: null, label: 'All', n: total },
    ...CONFLICT_IDS.map((id) => ({ id, label: CONFLICTS[id].label, n: counts.get(id) ?? 0 })),
  ];
  return (
    <fieldset>
      <legend className="mb-1 text-sm font-semibold">Conflict</legend>
      <div className="flex flex-wrap gap-1">
        {options.map((o) => (
          <label
            key={o.id ?? 'all'}
            className="relative flex cursor-pointer items-center gap-1.5 rounded border border-slate-300 px-2 py-1 text-sm has-[:checked]:border-blue-700 has-[:checked]:bg-blue-50 has-[:focus-visible]:outline-2 dark:border-slate-700 dark:has-[:checked]:border-blue-400 dark:has-[:checked]:bg-blue-950"
          >
            <input type="radio" name="conflict" className="absolute inset-0 cursor-pointer opacity-0" checked={value === o.id} onChange={() => { onChange(o.id); }} />
            {o.label}{' '}
            <span className="tabular-nums text-xs text-slate-600 dark:text-slate-400">({o.n})</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
