import { Suspense, useEffect, useRef, useState, type ReactNode } from 'react';
import { LazyFilterPanel } from './lazy-parts';

interface FiltersSheetProps {
  /** How many filters (besides the conflict) are active, shown on the button. */
  active: number;
  /** The result count, repeated in the sheet's header so each change shows its effect while the sheet is open. */
  countText: string;
  children: ReactNode;
}

/**
 * On a phone the filters other than the conflict sit in a bottom sheet behind a "Filters (n)" button. It is a
 * modal dialog (focus stays inside, Escape closes it) that covers only the lower part of the screen, so the
 * result count and the top of the view above it change as the reader filters.
 */
export function FiltersSheet({ active, countText, children }: FiltersSheetProps) {
  const [open, setOpen] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <>
      <button
        type="button"
        aria-haspopup="dialog"
        className="min-h-11 shrink-0 rounded border border-slate-400 px-3 text-sm font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
        onPointerEnter={LazyFilterPanel.prefetch}
        onFocus={LazyFilterPanel.prefetch}
        onClick={() => { setOpen(true); }}
      >
        Filters ({active})
      </button>
      <dialog
        ref={dialog}
        aria-labelledby="filters-sheet-title"
        onClose={() => { setOpen(false); }}
        className="mt-auto mb-0 max-h-[55dvh] w-full max-w-full rounded-t-xl border-t border-slate-300 bg-white p-0 text-slate-900 backdrop:bg-slate-950/30 dark:border-slate-700 dark:bg-slate-950 dark:text-slate-100"
      >
        <div className="sticky top-0 z-10 flex items-center justify-between gap-3 border-b border-slate-200 bg-white px-4 py-1 dark:border-slate-800 dark:bg-slate-950">
          <h2 id="filters-sheet-title" className="text-base font-semibold">
            Filters <span aria-live="polite" className="text-sm font-normal">· {countText}</span>
          </h2>
          <button type="button" className="min-h-11 rounded border border-slate-400 px-3 text-sm font-medium dark:border-slate-600" onClick={() => { setOpen(false); }}>
            Done
          </button>
        </div>
        <div className="px-4 py-3">
          {open && <Suspense fallback={<p className="text-sm">Loading filters…</p>}>{children}</Suspense>}
        </div>
      </dialog>
    </>
  );
}
