import { isCalendarDay } from '../../shared/schema/calendar-day';
import { CONFLICT_IDS, type ConflictId } from '../../shared/schema/conflicts';
import { EVENT_TYPE_IDS, type EventType } from '../../shared/schema/event-types';
import { SORT_KEYS, type SortKey } from '../../features/event-list/utils/sort-events';
import type { LaneMode } from '../../features/timeline/types';
import { DEFAULT_STATE, VIEW_MODES, type DashboardState } from './dashboard-state';

const LANES: readonly LaneMode[] = ['none', 'conflict', 'country', 'official'];
const ID = /^[a-z0-9][a-z0-9-]*$/;
const COUNTRY = /^[A-Z]{2}$/;
const MAX_SHOWN = 40;
const MAX_QUERY = 200;
/** Window bounds outside these years are typos or attacks, not views anyone wants. */
const MIN_MS = Date.UTC(1900, 0, 1);
const MAX_MS = Date.UTC(2100, 0, 1);

/** How a value from the URL is quoted back in a notice: short, and only ever rendered as text. */
export function quote(value: string): string {
  const flat = value.replace(/\s+/g, ' ');
  return `“${flat.length > MAX_SHOWN ? `${flat.slice(0, MAX_SHOWN)}…` : flat}”`;
}

const isIn = <T extends string>(list: readonly T[], v: string): v is T => (list as readonly string[]).includes(v);
const list = (v: string | null) => (v ? v.split(',').map((s) => s.trim()).filter(Boolean) : []);

function parseInstant(v: string | null): number | null {
  if (!v || !/^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/.test(v)) return null;
  const t = Date.parse(v);
  return Number.isFinite(t) && t >= MIN_MS && t <= MAX_MS ? t : null;
}

export interface ParsedUrlState {
  state: DashboardState;
  /** One sentence per value that was ignored or corrected, for the visible notice. */
  notices: string[];
}

/** Reads the query string; anything unknown, malformed or hostile is dropped or corrected, with a notice saying so. */
export function parseUrlState(search: string): ParsedUrlState {
  const p = new URLSearchParams(search);
  const notices: string[] = [];
  const f = { ...DEFAULT_STATE.filters };

  const c = p.get('conflict');
  if (c !== null) {
    if (isIn<ConflictId>(CONFLICT_IDS, c)) f.conflict = c;
    else notices.push(`Unknown conflict ${quote(c)} was ignored; showing all conflicts.`);
  }
  const pickList = (key: string, ok: (v: string) => boolean, what: string) => {
    const values = list(p.get(key));
    const bad = values.filter((v) => !ok(v));
    if (bad.length) notices.push(`Ignored ${what} ${bad.map(quote).join(', ')}.`);
    return [...new Set(values.filter(ok))];
  };
  f.countries = pickList('country', (v) => COUNTRY.test(v), 'malformed country code');
  f.officials = pickList('official', (v) => ID.test(v), 'malformed official id');
  f.types = pickList('type', (v) => isIn<EventType>(EVENT_TYPE_IDS, v), 'unknown event type') as EventType[];

  for (const key of ['from', 'to'] as const) {
    const v = p.get(key);
    if (v === null) continue;
    if (isCalendarDay(v)) f[key] = v;
    else notices.push(`Invalid ${key === 'from' ? 'start' : 'end'} date ${quote(v)} was ignored.`);
  }
  if (f.from && f.to && f.from > f.to) {
    [f.from, f.to] = [f.to, f.from];
    notices.push('The start date was after the end date; they were swapped.');
  }
  f.exactOnly = p.get('exact') === '1';
  const q = p.get('q') ?? '';
  f.query = q.slice(0, MAX_QUERY);
  if (q.length > MAX_QUERY) notices.push(`The search text was cut to ${MAX_QUERY} characters.`);

  let selected: string | null = null;
  const ev = p.get('event');
  if (ev !== null) {
    if (ID.test(ev)) selected = ev;
    else notices.push(`Malformed event id ${quote(ev)} was ignored.`);
  }
  const view = p.get('view');
  if (view !== null && !isIn(VIEW_MODES, view)) notices.push(`Unknown view ${quote(view)}; showing the timeline.`);
  const lanes = p.get('lanes');
  if (lanes !== null && !isIn(LANES, lanes)) notices.push(`Unknown lanes ${quote(lanes)}; lanes by conflict.`);

  let window: DashboardState['window'] = null;
  const [ws, we] = [p.get('start'), p.get('end')];
  if (ws !== null || we !== null) {
    const [s, e] = [parseInstant(ws), parseInstant(we)];
    if (s !== null && e !== null && s < e) window = { start: new Date(s).toISOString(), end: new Date(e).toISOString() };
    else notices.push('The visible time window in the link was invalid; showing all events.');
  }

  const sortRaw = p.get('sort');
  const sortKey = sortRaw?.replace(/^-/, '') ?? '';
  if (sortRaw !== null && !isIn<SortKey>(SORT_KEYS, sortKey)) notices.push(`Unknown sort ${quote(sortRaw)} was ignored.`);
  const sort = isIn<SortKey>(SORT_KEYS, sortKey) ? { key: sortKey, descending: sortRaw?.startsWith('-') ?? false } : DEFAULT_STATE.sort;

  return {
    state: {
      filters: f,
      selected,
      view: view !== null && isIn(VIEW_MODES, view) ? view : DEFAULT_STATE.view,
      lanes: lanes !== null && isIn(LANES, lanes) ? lanes : DEFAULT_STATE.lanes,
      window,
      sort,
    },
    notices,
  };
}
