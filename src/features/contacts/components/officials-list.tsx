import { useState } from 'react';
import { countryName } from '../../../shared/lib/country-name';
import type { Official } from '../utils/contact-pairs';

interface OfficialsListProps {
  officials: Official[];
  colours: ReadonlyMap<string | null, string>;
  /** Officials the events are filtered to now. */
  chosen: readonly string[];
  onChoose: (id: string) => void;
}

/** The officials in contact, by country; choosing one filters every view to that official's events. */
/** Officials shown per country before "show all": enough for a crisis's principals, short enough to scan. */
const FIRST = 8;

export function OfficialsList({ officials, colours, chosen, onChoose }: OfficialsListProps) {
  const [expanded, setExpanded] = useState<ReadonlySet<string | null>>(new Set());
  const groups = new Map<string | null, Official[]>();
  for (const o of officials) {
    const list = groups.get(o.country);
    if (list) list.push(o);
    else groups.set(o.country, [o]);
  }
  return (
    <section aria-labelledby="contacts-officials" className="space-y-2">
      <h2 id="contacts-officials" className="text-sm font-semibold">Officials <span className="font-normal text-slate-600 dark:text-slate-400">(choose one to show only their events)</span></h2>
      <ul className="space-y-2">
        {[...groups].map(([country, list]) => (
          <li key={country ?? 'unknown'}>
            <h3 className="flex items-center gap-1 text-xs font-medium uppercase tracking-wide text-slate-600 dark:text-slate-400">
              <svg width="10" height="10" aria-hidden="true"><circle cx="5" cy="5" r="5" fill={colours.get(country)} /></svg>
              {countryName(country)}
            </h3>
            <ul className="mt-1 flex flex-wrap gap-1">
              {(expanded.has(country) ? list : list.filter((o, i) => i < FIRST || chosen.includes(o.id))).map((o) => (
                <li key={o.id}>
                  <button
                    type="button"
                    aria-pressed={chosen.includes(o.id)}
                    onClick={() => { onChoose(o.id); }}
                    className="min-h-11 rounded border border-slate-300 px-2 text-sm aria-pressed:border-blue-700 aria-pressed:bg-blue-50 dark:border-slate-700 dark:aria-pressed:border-blue-400 dark:aria-pressed:bg-blue-950"
                    style={{ borderLeft: `4px solid ${colours.get(country) ?? 'transparent'}` }}
                  >
                    {o.name} <span className="text-slate-600 dark:text-slate-400">· {o.events}</span>
                  </button>
                </li>
              ))}
              {list.length > FIRST && !expanded.has(country) && (
                <li>
                  <button type="button" onClick={() => { setExpanded(new Set([...expanded, country])); }} className="min-h-11 px-2 text-sm text-blue-700 underline dark:text-blue-300">
                    All {list.length} from {countryName(country)}
                  </button>
                </li>
              )}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
