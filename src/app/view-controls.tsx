import { useId } from 'react';
import type { LaneMode } from '../features/timeline/types';
import type { ViewMode } from './url-state/dashboard-state';

interface ViewControlsProps {
  view: ViewMode;
  lanes: LaneMode;
  onView: (v: ViewMode) => void;
  onLanes: (l: LaneMode) => void;
  /** Starts loading a view's code when the reader points at or focuses its switch. */
  onPrefetchView: (v: ViewMode) => void;
  /** On a phone the lanes are a drop-down, so the view switch and the lanes share one row. */
  compact: boolean;
}

const VIEW_LABELS: [ViewMode, string][] = [['timeline', 'Timeline'], ['list', 'List'], ['contacts', 'Contacts']];
const LANE_LABELS: [LaneMode, string][] = [['conflict', 'Conflict'], ['country', 'Country'], ['official', 'Official'], ['none', 'None']];
const chip =
  'relative flex cursor-pointer items-center rounded border border-slate-300 px-2 py-1 text-sm has-[:checked]:border-blue-700 has-[:checked]:bg-blue-50 has-[:focus-visible]:outline-2 dark:border-slate-700 dark:has-[:checked]:border-blue-400 dark:has-[:checked]:bg-blue-950';

export function ViewControls({ view, lanes, onView, onLanes, onPrefetchView, compact }: ViewControlsProps) {
  const lanesId = useId();
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
      <fieldset className="flex items-center gap-1">
        <legend className="sr-only">View</legend>
        {VIEW_LABELS.map(([v, label]) => (
          <label key={v} className={chip} onPointerEnter={() => { onPrefetchView(v); }}>
            <input type="radio" name="view" className="absolute inset-0 cursor-pointer opacity-0" checked={view === v} onFocus={() => { onPrefetchView(v); }} onChange={() => { onView(v); }} />
            {label}
          </label>
        ))}
      </fieldset>
      {view === 'timeline' && compact && (
        <div className="flex items-center gap-1 text-sm">
          <label htmlFor={lanesId}>Lanes by</label>
          <select id={lanesId} value={lanes} onChange={(e) => { onLanes(e.target.value as LaneMode); }} className="rounded border border-slate-300 bg-white px-2 dark:border-slate-700 dark:bg-slate-900">
            {LANE_LABELS.map(([l, label]) => (
              <option key={l} value={l}>{label}</option>
            ))}
          </select>
        </div>
      )}
      {view === 'timeline' && !compact && (
        <fieldset className="flex flex-wrap items-center gap-1">
          <legend className="float-left mr-1 text-sm">Lanes by</legend>
          {LANE_LABELS.map(([l, label]) => (
            <label key={l} className={chip}>
              <input type="radio" name="lanes" className="absolute inset-0 cursor-pointer opacity-0" checked={lanes === l} onChange={() => { onLanes(l); }} />
              {label}
            </label>
          ))}
        </fieldset>
      )}
    </div>
  );
}
