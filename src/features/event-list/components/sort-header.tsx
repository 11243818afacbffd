import type { SortKey } from '../utils/sort-events';

interface SortHeaderProps {
  label: string;
  sortKey: SortKey;
  sort: { key: SortKey; descending: boolean };
  onSort: (s: { key: SortKey; descending: boolean }) => void;
}

/** A column header that sorts on click; aria-sort tells screen readers the current order. */
export function SortHeader({ label, sortKey, sort, onSort }: SortHeaderProps) {
  const active = sort.key === sortKey;
  const ariaSort = active ? (sort.descending ? 'descending' : 'ascending') : 'none';
  return (
    <th scope="col" aria-sort={ariaSort} className="px-2 py-2 text-left font-semibold">
      <button
        type="button"
        className="inline-flex items-center gap-1 hover:underline"
        onClick={() => { onSort({ key: sortKey, descending: active ? !sort.descending : false }); }}
      >
        {label}
        <span aria-hidden="true">{active ? (sort.descending ? '▼' : '▲') : '↕'}</span>
      </button>
    </th>
  );
}
