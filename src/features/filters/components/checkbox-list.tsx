interface Option {
  value: string;
  label: string;
  detail?: string | null;
}

interface CheckboxListProps {
  legend: string;
  options: Option[];
  checked: readonly string[];
  counts: Map<string, number>;
  onChange: (next: string[]) => void;
  hideLegend?: boolean;
}

/** A fieldset of checkboxes; each label carries the number of events choosing it would show. */
export function CheckboxList({ legend, options, checked, counts, onChange, hideLegend }: CheckboxListProps) {
  const set = new Set(checked);
  const toggle = (value: string) => { onChange(set.has(value) ? checked.filter((v) => v !== value) : [...checked, value]); };
  return (
    <fieldset className="space-y-1">
      <legend className={hideLegend ? 'sr-only' : 'mb-1 text-sm font-semibold'}>{legend}</legend>
      {options.map((o) => {
        const n = counts.get(o.value) ?? 0;
        return (
          <label key={o.value} className="flex cursor-pointer items-start gap-2 text-sm">
            <input type="checkbox" className="mt-1" checked={set.has(o.value)} onChange={() => { toggle(o.value); }} />
            <span className="min-w-0 flex-1">
              {o.label}
              {o.detail && <span className="block text-xs text-slate-600 dark:text-slate-400">{o.detail}</span>}
            </span>
            <span className="tabular-nums text-xs text-slate-600 dark:text-slate-400">
              {n}
              <span className="sr-only"> events</span>
            </span>
          </label>
        );
      })}
    </fieldset>
  );
}
