import { Fragment, useState } from 'react';
import { countryName } from '../../../shared/lib/country-name';
import { formatDayRange } from '../../../shared/lib/format-date';
import type { ContactPair } from '../utils/contact-pairs';

interface PairsTableProps {
  pairs: ContactPair[];
  selected: string | null;
  onSelectPair: (key: string) => void;
  onSelectEvent: (id: string) => void;
}

const PAGE = 50;
const plural = (n: number) => `${n} event${n === 1 ? '' : 's'}`;

/** The pairs in words, most events first: choosing a pair lists its events under it, and an event opens its details. */
export function PairsTable({ pairs, selected, onSelectPair, onSelectEvent }: PairsTableProps) {
  const [shown, setShown] = useState(PAGE);
  const at = pairs.findIndex((p) => p.key === selected);
  // A pair chosen in the picture is always listed, however far down it is.
  const limit = Math.max(shown, at + 1);
  return (
    <div className="space-y-2">
      <table className="w-full text-left text-sm">
        <caption className="text-left text-sm font-semibold">Pairs of officials in contact ({pairs.length})</caption>
        <thead className="text-xs text-slate-600 dark:text-slate-400">
          <tr>
            <th scope="col" className="py-1 pr-2 font-medium">Officials</th>
            <th scope="col" className="py-1 pr-2 font-medium">Countries</th>
            <th scope="col" className="py-1 text-right font-medium">Events</th>
          </tr>
        </thead>
        <tbody>
          {pairs.slice(0, limit).map((p) => {
            const open = p.key === selected;
            return (
              <Fragment key={p.key}>
                <tr className="border-t border-slate-200 dark:border-slate-800">
                  <td className="py-1 pr-2">
                    <button type="button" aria-expanded={open} onClick={() => { onSelectPair(p.key); }} className="min-h-11 text-left text-blue-700 underline-offset-2 hover:underline dark:text-blue-300">
                      {p.a.name} – {p.b.name}
                    </button>
                  </td>
                  <td className="py-1 pr-2 text-slate-600 dark:text-slate-400">{countryName(p.a.country)} – {countryName(p.b.country)}</td>
                  <td className="py-1 text-right tabular-nums">{p.events.length}</td>
                </tr>
                {open && (
                  <tr>
                    <td colSpan={3} className="pb-2 pl-3">
                      <ul aria-label={`Events between ${p.a.name} and ${p.b.name}`} className="space-y-1 border-l-2 border-blue-700 pl-2 dark:border-blue-400">
                        {p.events.map((e) => (
                          <li key={e.id}>
                            <button type="button" onClick={() => { onSelectEvent(e.id); }} className="min-h-11 text-left hover:underline">
                              <span className="text-slate-600 dark:text-slate-400">{formatDayRange(e.date.start, e.date.end)}</span> · {e.title}
                            </button>
                          </li>
                        ))}
                      </ul>
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
      {pairs.length > limit && (
        <button type="button" onClick={() => { setShown(limit + PAGE * 4); }} className="min-h-11 rounded border border-slate-300 px-3 text-sm dark:border-slate-700">
          Show {Math.min(PAGE * 4, pairs.length - limit)} more of {pairs.length} pairs
        </button>
      )}
      <p className="sr-only" aria-live="polite">{at >= 0 ? `${pairs[at]?.a.name} – ${pairs[at]?.b.name}: ${plural(pairs[at]?.events.length ?? 0)}` : ''}</p>
    </div>
  );
}
