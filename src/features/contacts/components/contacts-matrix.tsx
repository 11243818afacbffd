import { memo, useMemo, useState, type MouseEvent } from 'react';
import type { ContactPair, Official } from '../utils/contact-pairs';

interface ContactsMatrixProps {
  officials: Official[];
  pairs: ContactPair[];
  colours: ReadonlyMap<string | null, string>;
  selected: string | null;
  onSelect: (key: string) => void;
  width: number;
}

const MAX_CELL = 28;
const BAND = 6;
/** Names fit beside rows only while there are few of them; beyond that the table of pairs carries them. */
const MAX_LABELLED = 40;
const LABEL_W = 128;
/** Shades of the cells, lightest for one event: a handful of paths draws thousands of cells. */
const SHADES = [0.3, 0.45, 0.6, 0.8, 1];

const square = (x: number, y: number, s: number) => `M${x.toFixed(1)},${y.toFixed(1)}h${s.toFixed(1)}v${s.toFixed(1)}h${(-s).toFixed(1)}z`;

/**
 * The picture: one row and one column per official, grouped by country (the coloured bands), a cell per pair in
 * contact, darker with more events. Cells are drawn as one path per shade and found under the pointer by
 * arithmetic, so the picture costs a few elements whatever the number of officials (measured in bench/: React
 * elements per cell made the switch to this view take seconds at 800 officials).
 * It is hidden from assistive technology: the table of pairs says the same in words, and is the keyboard's way in.
 */
export const ContactsMatrix = memo(function ContactsMatrix({ officials, pairs, colours, selected, onSelect, width }: ContactsMatrixProps) {
  const n = officials.length;
  const labelled = n <= MAX_LABELLED;
  const left = (labelled ? LABEL_W : 0) + BAND;
  const cell = Math.min(MAX_CELL, Math.max(1, width - left) / Math.max(1, n));
  const size = n * cell;
  const [hover, setHover] = useState<string | null>(null);
  const drawn = useMemo(() => {
    const place = new Map(officials.map((o, i) => [o.id, i]));
    const most = pairs.reduce((m, p) => Math.max(m, p.events.length), 1);
    const shades = SHADES.map(() => [] as string[]);
    const grid = new Map<number, ContactPair>();
    const inset = cell > 3 ? 0.5 : 0;
    for (const p of pairs) {
      const i = place.get(p.a.id) ?? 0;
      const j = place.get(p.b.id) ?? 0;
      const shade = shades[Math.min(SHADES.length - 1, Math.floor(((p.events.length - 1) / most) * SHADES.length))];
      shade?.push(square(left + j * cell + inset, BAND + i * cell + inset, cell - 2 * inset), square(left + i * cell + inset, BAND + j * cell + inset, cell - 2 * inset));
      grid.set(i * n + j, p).set(j * n + i, p);
    }
    const bands = new Map<string, string[]>();
    officials.forEach((o, i) => {
      const c = colours.get(o.country) ?? '#94a3b8';
      let band = bands.get(c);
      if (!band) bands.set(c, (band = []));
      band.push(`M${left - BAND},${(BAND + i * cell).toFixed(1)}h${BAND - 1}v${cell.toFixed(1)}h${1 - BAND}z`, `M${(left + i * cell).toFixed(1)},0h${cell.toFixed(1)}v${BAND - 1}h${(-cell).toFixed(1)}z`);
    });
    return { shades: shades.map((d) => d.join('')), bands: [...bands], grid, place };
  }, [officials, pairs, colours, cell, left, n]);

  const pairAt = (e: MouseEvent<SVGSVGElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    const c = Math.floor((e.clientX - r.left - left) / cell);
    const row = Math.floor((e.clientY - r.top - BAND) / cell);
    return c >= 0 && row >= 0 && c < n && row < n ? drawn.grid.get(row * n + c) : undefined;
  };
  const sel = pairs.find((p) => p.key === selected);
  const hovered = pairs.find((p) => p.key === hover);
  return (
    <div className="space-y-1">
      {/* The pointer's way in; keyboards and screen readers use the table of pairs below, which does the same. */}
      <svg
        width={left + size}
        height={BAND + size}
        aria-hidden="true"
        data-testid="contacts-matrix"
        className="block cursor-pointer text-slate-700 dark:text-slate-300"
        onClick={(e) => { const p = pairAt(e); if (p) onSelect(p.key); }}
        onMouseMove={(e) => { setHover(pairAt(e)?.key ?? null); }}
        onMouseLeave={() => { setHover(null); }}
      >
        <rect x={left} y={BAND} width={size} height={size} className="fill-slate-50 dark:fill-slate-900" />
        {drawn.bands.map(([c, d]) => <path key={c} d={d.join('')} fill={c} />)}
        {labelled &&
          officials.map((o, i) => (
            <text key={o.id} x={left - BAND - 4} y={BAND + i * cell + cell / 2} dominantBaseline="middle" textAnchor="end" fontSize={Math.min(12, cell)} fill="currentColor">
              {o.name.length > 18 ? `${o.name.slice(0, 17)}…` : o.name}
            </text>
          ))}
        {drawn.shades.map((d, k) => <path key={k} d={d} fill="#1d4ed8" fillOpacity={SHADES[k]} />)}
        {[sel, hovered].map((p, k) =>
          p ? (
            <g key={k} fill="none" stroke="currentColor" strokeWidth={k === 0 ? 2 : 1}>
              <path d={square(left + (drawn.place.get(p.b.id) ?? 0) * cell, BAND + (drawn.place.get(p.a.id) ?? 0) * cell, cell)} />
              <path d={square(left + (drawn.place.get(p.a.id) ?? 0) * cell, BAND + (drawn.place.get(p.b.id) ?? 0) * cell, cell)} />
            </g>
          ) : null,
        )}
      </svg>
      <p aria-hidden="true" className="min-h-5 text-xs text-slate-600 dark:text-slate-400">
        {hovered ? `${hovered.a.name} – ${hovered.b.name}: ${hovered.events.length} event${hovered.events.length === 1 ? '' : 's'}` : 'Point at a cell to see the pair; click it to list their events.'}
      </p>
    </div>
  );
});
