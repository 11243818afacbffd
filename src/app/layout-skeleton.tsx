/** The layout's outline while the data loads: the same shapes as the skeleton in index.html, so nothing jumps. */
export function LayoutSkeleton() {
  const block = 'rounded bg-slate-100 dark:bg-slate-900';
  return (
    <div className="grid gap-3 p-3 lg:grid-cols-[18rem_minmax(0,1fr)] lg:gap-4 lg:p-4">
      <div aria-hidden="true" className="hidden space-y-4 lg:block">
        <div className={`h-9 ${block}`} />
        <div className={`h-24 ${block}`} />
        <div className={`h-64 ${block}`} />
      </div>
      <main className="min-w-0 space-y-3">
        <p role="status" aria-live="polite" className="sr-only">Loading events…</p>
        <div aria-hidden="true" className="flex items-center justify-between gap-3">
          <div className={`h-5 w-24 ${block}`} />
          <div className={`h-11 w-28 lg:hidden ${block}`} />
        </div>
        <div aria-hidden="true" className={`h-11 lg:hidden ${block}`} />
        <div aria-hidden="true" className="h-80 rounded border border-slate-200 dark:border-slate-800" />
      </main>
    </div>
  );
}
