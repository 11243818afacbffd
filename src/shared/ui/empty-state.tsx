interface EmptyStateProps {
  title: string;
  actionLabel: string;
  onAction: () => void;
}

export function EmptyState({ title, actionLabel, onAction }: EmptyStateProps) {
  return (
    <div className="rounded border border-dashed border-slate-400 p-8 text-center dark:border-slate-600">
      <h2 className="text-lg font-semibold">{title}</h2>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">Try fewer filters, another date range or a shorter search.</p>
      <button type="button" onClick={onAction} className="mt-4 rounded bg-blue-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-800">
        {actionLabel}
      </button>
    </div>
  );
}
