import { Suspense, useEffect, useRef, type ReactNode } from 'react';

/**
 * Where an event's details open: the third column on a wide screen, below the results on a middling one, and on a
 * phone a sheet over the whole page, scrolled on its own, so the title, date and first excerpt are its first screen.
 * Escape anywhere inside it closes it, also while its code is still arriving.
 */
export function DetailSheet({ children, onClose }: { children: ReactNode; onClose: () => void }) {
  const sheet = useRef<HTMLElement>(null);
  useEffect(() => {
    const el = sheet.current;
    const onKey = (e: KeyboardEvent) => { if (e.key === 'Escape') onClose(); };
    el?.addEventListener('keydown', onKey);
    return () => el?.removeEventListener('keydown', onKey);
  }, [onClose]);
  return (
    <aside
      ref={sheet}
      aria-label="Event details"
      className="min-w-0 rounded border border-slate-200 p-4 lg:col-start-2 xl:col-start-3 xl:row-start-1 dark:border-slate-800 max-lg:fixed max-lg:inset-0 max-lg:z-40 max-lg:overflow-y-auto max-lg:overscroll-contain max-lg:rounded-none max-lg:border-0 max-lg:bg-white max-lg:p-3 max-lg:dark:bg-slate-950"
    >
      <Suspense fallback={<LoadingDetails />}>{children}</Suspense>
    </aside>
  );
}

/**
 * Shown while the details' code loads (when it was not fetched ahead). Opening an event redraws its item on the
 * timeline, so the focus it had would fall to the page's body: it waits here instead, as it will on the details'
 * heading, where Escape still closes the sheet and a screen reader hears that the event is loading.
 */
function LoadingDetails() {
  const status = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    status.current?.focus({ preventScroll: true });
  }, []);
  return <p ref={status} role="status" tabIndex={-1} className="text-sm">Loading the event…</p>;
}
