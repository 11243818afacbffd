import { DEFAULT_STATE, type DashboardState } from './dashboard-state';

/** The shortest query string that restores the state: defaults are left out. */
export function serialiseUrlState(s: DashboardState): string {
  const p = new URLSearchParams();
  const f = s.filters;
  if (f.query) p.set('q', f.query);
  if (f.conflict) p.set('conflict', f.conflict);
  if (f.countries.length) p.set('country', f.countries.join(','));
  if (f.officials.length) p.set('official', f.officials.join(','));
  if (f.types.length) p.set('type', f.types.join(','));
  if (f.from) p.set('from', f.from);
  if (f.to) p.set('to', f.to);
  if (f.exactOnly) p.set('exact', '1');
  if (s.view !== DEFAULT_STATE.view) p.set('view', s.view);
  if (s.lanes !== DEFAULT_STATE.lanes) p.set('lanes', s.lanes);
  if (s.sort.key !== DEFAULT_STATE.sort.key || s.sort.descending !== DEFAULT_STATE.sort.descending)
    p.set('sort', `${s.sort.descending ? '-' : ''}${s.sort.key}`);
  if (s.window) {
    p.set('start', s.window.start);
    p.set('end', s.window.end);
  }
  if (s.selected) p.set('event', s.selected);
  const out = p.toString();
  return out ? `?${out}` : '';
}
