import { Suspense, type ReactNode } from 'react';

/**
 * Where an event's details open: the third column on a wide screen, below the results on a middling one, and on a
 * phone a sheet over the whole page, scrolled on its own, so the title, date and first excerpt are its first screen.
 */
export function DetailSheet({ children }: { children: ReactNode }) {
  return (
    <aside
      aria-label="Event details"
      className="min-w-0 rounded border border-slate-200 p-4 lg:col-start-2 xl:col-start-3 xl:row-start-1 dark:border-slate-800 max-lg:fixed max-lg:inset-0 max-lg:z-40 max-lg:overflow-y-auto max-lg:overscroll-contain max-lg:rounded-none max-lg:border-0 max-lg:bg-white max-lg:p-3 max-lg:dark:bg-slate-950"
    >
      <Suspense fallback={<p role="status" className="text-sm">Loading the event…</p>}>{children}</Suspense>
    </aside>
  );
}
