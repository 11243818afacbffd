import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Dataset } from '../../shared/schema';
import type { DashboardState } from './dashboard-state';
import { parseUrlState } from './parse-url-state';
import { reconcileWithDataset } from './reconcile-with-dataset';
import { serialiseUrlState } from './serialise-url-state';
import { navigate, useLocationSearch } from './use-location-search';

/**
 * The dashboard's state, read from the URL. Bad values are corrected at once in what the page renders;
 * once the data is in (so event ids can be checked) the URL is rewritten and a notice says what changed.
 */
export function useDashboardState(ds: Dataset | undefined) {
  const search = useLocationSearch();
  const parsed = useMemo(() => parseUrlState(search), [search]);
  const reconciled = useMemo(
    () => (ds ? reconcileWithDataset(parsed.state, ds) : { state: parsed.state, notices: [] }),
    [parsed, ds],
  );
  const state = reconciled.state;
  const [notices, setNotices] = useState<string[]>([]);

  useEffect(() => {
    if (!ds) return;
    const found = [...parsed.notices, ...reconciled.notices];
    if (found.length) setNotices(found);
    navigate(serialiseUrlState(reconciled.state), 'replace');
  }, [ds, parsed, reconciled]);

  // Each patch merges into the URL as it is now, not as it was at the last render: the timeline reports its window
  // from vis-timeline events that can arrive after another change (a switch to the list unmounts it), and a merge
  // into a stale state would undo that change.
  const update = useCallback((patch: Partial<DashboardState>, mode: 'push' | 'replace' = 'push') => {
    navigate(serialiseUrlState({ ...parseUrlState(window.location.search).state, ...patch }), mode);
  }, []);
  const dismissNotices = useCallback(() => { setNotices([]); }, []);
  return { state, update, notices, dismissNotices };
}
