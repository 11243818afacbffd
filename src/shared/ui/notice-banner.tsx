interface NoticeBannerProps {
  title: string;
  messages: string[];
  onDismiss: () => void;
}

/** A visible, dismissable note about something the app corrected; messages are rendered as text only. */
export function NoticeBanner({ title, messages, onDismiss }: NoticeBannerProps) {
  if (!messages.length) return null;
  return (
    <div role="status" className="mx-4 mt-3 rounded border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-50">
      <div className="flex items-start gap-3">
        <div className="min-w-0 flex-1">
          <p className="font-semibold">{title}</p>
          <ul className="mt-1 list-disc pl-5 break-words">
            {messages.map((m, i) => (
              <li key={i}>{m}</li>
            ))}
          </ul>
        </div>
        <button type="button" onClick={onDismiss} className="rounded border border-amber-600 px-2 py-0.5">
          Dismiss
        </button>
      </div>
    </div>
  );
}
