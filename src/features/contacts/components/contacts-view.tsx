import { useLayoutEffect, useMemo, useState } from 'react';
import type { Person, TimelineEvent } from '../../../shared/schema';
import { downloadFile } from '../../../shared/lib/csv';
import { formatDayRange } from '../../../shared/lib/format-date';
import { buildContacts, toDayWindow } from '../utils/contact-pairs';
import { countryColours } from '../utils/country-colours';
import { pairsToCsv } from '../utils/pairs-to-csv';
import { ContactsMatrix } from './contacts-matrix';
import { OfficialsList } from './officials-list';
import { PairsTable } from './pairs-table';

export interface ContactsViewProps {
  /** The filtered events. */
  events: TimelineEvent[];
  people: ReadonlyMap<string, Person>;
  /** The timeline's window: contacts outside it are left out. Null for all time. */
  window: { start: Date; end: Date } | null;
  /** Officials the filters hold now. */
  officials: readonly string[];
  onFilterOfficial: (id: string) => void;
  onSelectEvent: (id: string) => void;
}

/** Who spoke to whom: the officials of the filtered contact events, the pairs in contact, and how often. */
export function ContactsView({ events, people, window, officials: chosen, onFilterOfficial, onSelectEvent }: ContactsViewProps) {
  const days = useMemo(() => toDayWindow(window), [window]);
  const { officials, pairs, contactEvents } = useMemo(() => buildContacts(events, people, days), [events, people, days]);
  const colours = useMemo(() => countryColours(officials.map((o) => o.country)), [officials]);
  const [selected, setSelected] = useState<string | null>(null);
  // The matrix's own box, which appears only once there are contacts: a callback ref sees it come and go.
  const [box, setBox] = useState<HTMLDivElement | null>(null);
  // Unknown until measured (before the first paint): the matrix is drawn once, at its real width.
  const [width, setWidth] = useState<number | null>(null);
  useLayoutEffect(() => {
    const el = box;
    if (!el) return;
    const measure = () => { setWidth(el.clientWidth); };
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => { ro.disconnect(); };
  }, [box]);
  const toggle = (key: string) => { setSelected((s) => (s === key ? null : key)); };
  const when = days ? `from ${formatDayRange(days.from, days.to)}` : 'over all dates';

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm">
          {officials.length} officials, {pairs.length} pairs, in {contactEvents} contact events (calls, meetings, visits, negotiations, mediation) {when}.
        </p>
        <button
          type="button"
          disabled={!pairs.length}
          onClick={() => { downloadFile('conflict-timeline-pairs.csv', 'text/csv;charset=utf-8', pairsToCsv(pairs)); }}
          className="rounded border border-slate-400 px-2 py-1 text-sm hover:bg-slate-100 disabled:opacity-50 dark:border-slate-600 dark:hover:bg-slate-800"
        >
          Export pairs CSV
        </button>
      </div>
      {officials.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">No calls, meetings or visits between officials among these events.</p>
      ) : (
        <>
          <div className="grid gap-4 xl:grid-cols-2">
            <OfficialsList officials={officials} colours={colours} chosen={chosen} onChoose={onFilterOfficial} />
            {/* Shrinks to the width it has, even with 200 officials on a phone: the table below says the same in words. */}
            <div ref={setBox}>
              {width !== null && <ContactsMatrix officials={officials} pairs={pairs} colours={colours} selected={selected} onSelect={toggle} width={width} />}
            </div>
          </div>
          <PairsTable pairs={pairs} selected={selected} onSelectPair={toggle} onSelectEvent={onSelectEvent} />
        </>
      )}
    </div>
  );
}
