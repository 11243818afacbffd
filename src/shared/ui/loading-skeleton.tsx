export function LoadingSkeleton() {
  return (
    <div role="status" aria-live="polite" className="animate-pulse space-y-3">
      <span className="sr-only">Loading events…</span>
      <div className="h-4 w-40 rounded bg-slate-200 dark:bg-slate-800" />
      <div className="h-64 rounded bg-slate-200 dark:bg-slate-800" />
    </div>
  );
}
