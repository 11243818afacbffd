import { useState } from 'react';
import { CooperationLine, type CooperationLineProps } from './cooperation-line';

/**
 * The line as the page places it: open above the timeline on a wide screen; on a phone, folded under the timeline
 * behind a button, so the first screen still shows the count, the conflict switch and the first event.
 */
export function CooperationLinePanel({ collapsible, ...props }: CooperationLineProps & { collapsible: boolean }) {
  const [open, setOpen] = useState(false);
  if (!collapsible) return <CooperationLine {...props} />;
  return (
    <div className="space-y-2">
      <button
        type="button"
        aria-expanded={open}
        onClick={() => { setOpen(!open); }}
        className="min-h-11 rounded border border-slate-300 px-3 text-sm dark:border-slate-700"
      >
        {open ? 'Hide' : 'Show'} cooperation–conflict line
      </button>
      {open && <CooperationLine {...props} />}
    </div>
  );
}
