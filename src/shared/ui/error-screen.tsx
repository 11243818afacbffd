interface ErrorScreenProps {
  title: string;
  error: Error;
  onRetry?: () => void;
}

export function ErrorScreen({ title, error, onRetry }: ErrorScreenProps) {
  return (
    <div role="alert" className="mx-auto max-w-xl rounded-lg border border-red-300 bg-red-50 p-6 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100">
      <h2 className="text-lg font-semibold">{title}</h2>
      <p className="mt-2 break-words text-sm">{error.message}</p>
      {onRetry && (
        <button type="button" onClick={onRetry} className="mt-4 rounded bg-red-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-red-800 focus-visible:outline-2 focus-visible:outline-offset-2">
          Retry
        </button>
      )}
    </div>
  );
}
