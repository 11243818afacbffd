import { memo } from 'react';
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

/**
 * The picture: one row and one column per official, grouped by country (the coloured bands), a cell per pair
 * darker with more events. Only pairs in contact are drawn, so its cost follows the contacts, not officials².
 * It is hidden from assistive technology: the table of pairs says the same in words.
 */
export const ContactsMatrix = memo(function ContactsMatrix({ officials, pairs, colours, selected, onSelect, width }: ContactsMatrixProps) {
  const n = officials.length;
  const labelled = n <= MAX_LABELLED;
  const left = (labelled ? LABEL_W : 0) + BAND;
  const cell = Math.min(MAX_CELL, Math.max(1, width - left) / Math.max(1, n));
  const size = n * cell;
  const place = new Map(officials.map((o, i) => [o.id, i]));
  const most = pairs.reduce((m, p) => Math.max(m, p.events.length), 1);
  return (
    <svg width={left + size} height={BAND + size} aria-hidden="true" className="block text-slate-700 dark:text-slate-300" data-testid="contacts-matrix">
      <rect x={left} y={BAND} width={size} height={size} className="fill-slate-50 dark:fill-slate-900" />
      {officials.map((o, i) => (
        <g key={o.id}>
          <rect x={left - BAND} y={BAND + i * cell} width={BAND - 1} height={cell} fill={colours.get(o.country)} />
          <rect x={left + i * cell} y={0} width={cell} height={BAND - 1} fill={colours.get(o.country)} />
          {labelled && (
            <text x={left - BAND - 4} y={BAND + i * cell + cell / 2} dominantBaseline="middle" textAnchor="end" fontSize={Math.min(12, cell)} fill="currentColor">
              {o.name.length > 18 ? `${o.name.slice(0, 17)}…` : o.name}
            </text>
          )}
        </g>
      ))}
      {pairs.flatMap((p) => {
        const i = place.get(p.a.id) ?? 0;
        const j = place.get(p.b.id) ?? 0;
        const opacity = 0.25 + (0.75 * p.events.length) / most;
        const on = p.key === selected;
        const title = `${p.a.name} – ${p.b.name}: ${p.events.length} event${p.events.length === 1 ? '' : 's'}`;
        return [[i, j], [j, i]].map(([r = 0, c = 0]) => (
          <rect
            key={`${p.key}-${r}`}
            x={left + c * cell + 0.5}
            y={BAND + r * cell + 0.5}
            width={Math.max(0.5, cell - 1)}
            height={Math.max(0.5, cell - 1)}
            fill="#1d4ed8"
            fillOpacity={opacity}
            stroke={on ? 'currentColor' : 'none'}
            strokeWidth={on ? 2 : 0}
            className="cursor-pointer"
            onClick={() => { onSelect(p.key); }}
          >
            <title>{title}</title>
          </rect>
        ));
      })}
    </svg>
  );
});
