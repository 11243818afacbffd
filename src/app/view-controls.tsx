import type { LaneMode } from '../features/timeline/types';
import type { ViewMode } from './url-state/dashboard-state';

interface ViewControlsProps {
  view: ViewMode;
  lanes: LaneMode;
  onView: (v: ViewMode) => void;
  onLanes: (l: LaneMode) => void;
}

const LANE_LABELS: [LaneMode, string][] = [['conflict', 'Conflict'], ['country', 'Country'], ['official', 'Official'], ['none', 'None']];
const chip =
  'relative flex cursor-pointer items-center rounded border border-slate-300 px-2 py-1 text-sm has-[:checked]:border-blue-700 has-[:checked]:bg-blue-50 has-[:focus-visible]:outline-2 dark:border-slate-700 dark:has-[:checked]:border-blue-400 dark:has-[:checked]:bg-blue-950';

export function ViewControls({ view, lanes, onView, onLanes }: ViewControlsProps) {
  return (
    <div className="flex flex-wrap items-center gap-4">
      <fieldset className="flex items-center gap-1">
        <legend className="sr-only">View</legend>
        {(['timeline', 'list'] as const).map((v) => (
          <label key={v} className={chip}>
            <input type="radio" name="view" className="absolute inset-0 cursor-pointer opacity-0" checked={view === v} onChange={() => { onView(v); }} />
            {v === 'timeline' ? 'Timeline' : 'List'}
          </label>
        ))}
      </fieldset>
      {view === 'timeline' && (
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
