import { useRef } from 'react';
import { downloadFile } from '../../../shared/lib/csv';
import type { ExportedEvent } from '../utils/to-citations';
import { toCsv } from '../utils/to-csv';

interface ExportButtonsProps {
  /** Built lazily, only when the reader asks for a file. */
  getEvents: () => ExportedEvent[];
  /** The link to the current view, recorded in the JSON so the export can be traced back. */
  viewUrl: string;
  disabled: boolean;
}

export function ExportButtons({ getEvents, viewUrl, disabled }: ExportButtonsProps) {
  const status = useRef<HTMLSpanElement>(null);
  const run = (kind: 'csv' | 'json') => {
    const events = getEvents();
    if (kind === 'csv') downloadFile('conflict-timeline-events.csv', 'text/csv;charset=utf-8', toCsv(events));
    else downloadFile('conflict-timeline-events.json', 'application/json', `${JSON.stringify({ view: viewUrl, count: events.length, events }, null, 2)}\n`);
    if (status.current) status.current.textContent = `Exported ${events.length} events as ${kind.toUpperCase()}.`;
  };
  const cls = 'rounded border border-slate-400 px-2 py-1 text-sm hover:bg-slate-100 disabled:opacity-50 dark:border-slate-600 dark:hover:bg-slate-800';
  return (
    <div className="flex items-center gap-2">
      <button type="button" className={cls} disabled={disabled} onClick={() => { run('csv'); }}>Export CSV</button>
      <button type="button" className={cls} disabled={disabled} onClick={() => { run('json'); }}>Export JSON</button>
      <span ref={status} role="status" className="sr-only" />
    </div>
  );
}
