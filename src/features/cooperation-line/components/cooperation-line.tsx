import { useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import type { TimelineEvent } from '../../../shared/schema';
import { formatDayShort, localIsoDay } from '../../../shared/lib/format-date';
import { CONFLICTS } from '../../../shared/schema/conflicts';
import { dailySums, dayNumber, weekStart } from '../utils/daily-sums';
import { layoutLine, localMidnight } from '../utils/line-geometry';
import { describeCursor } from '../utils/describe-cursor';
import { LINE_COLOURS } from './line-colours';

export interface CooperationLineProps {
  /** The filtered events, as the timeline shows them. */
  events: TimelineEvent[];
  /** The timeline's window; null while the timeline fits all events. */
  window: { start: Date; end: Date } | null;
  /**
   * Where the timeline draws time, in pixels from its left and right edges (after its lanes' labels): the line draws
   * its days in the same columns so a dip sits above its events. Null draws over the whole width.
   */
  inset?: { left: number; right: number } | null;
}

const HEIGHT = 88;
/** Below this many pixels of plot the line ignores the timeline's label column and takes the whole width. */
const MIN_PLOT = 120;
/** Room the scale's labels need to sit left of the plot. */
const LABEL_ROOM = 36;
const DAY_MS = 86_400_000;
/** The reader's calendar day at an instant (the line's columns are local days), as "3 Sept 2025". */
const shortDay = (ms: number) => formatDayShort(localIsoDay(new Date(ms)));

/** The fitted whole: every day with an event, and a day either side, like the timeline's "fit all". */
function fullExtent(events: readonly TimelineEvent[]): { start: number; end: number } | null {
  if (!events.length) return null;
  let lo = Infinity;
  let hi = -Infinity;
  for (const e of events) {
    lo = Math.min(lo, dayNumber(e.date.start));
    hi = Math.max(hi, dayNumber(e.date.end));
  }
  return { start: localMidnight(lo - 1), end: localMidnight(hi + 2) };
}

/** Daily (or weekly) sums of the Goldstein weights of each conflict's events, over the timeline's window. */
export function CooperationLine({ events, window, inset = null }: CooperationLineProps) {
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(600);
  const [cursor, setCursor] = useState<number | null>(null);
  const helpId = useId();
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const measure = () => { setWidth(Math.max(120, Math.round(el.clientWidth))); };
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => { ro.disconnect(); };
  }, []);
  const series = useMemo(() => dailySums(events), [events]);
  const whole = useMemo(() => fullExtent(events), [events]);
  const startMs = window?.start.getTime() ?? whole?.start ?? 0;
  const endMs = window?.end.getTime() ?? whole?.end ?? DAY_MS;
  const left = inset && width - inset.left - inset.right >= MIN_PLOT ? inset.left : 0;
  const plot = inset && left ? width - inset.left - inset.right : width;
  const geo = useMemo(() => layoutLine(series, startMs, endMs, plot, HEIGHT), [series, startMs, endMs, plot]);
  const snap = (day: number) => (geo.weekly ? weekStart(day) : day);
  const days = useMemo(() => [...new Set(geo.paths.flatMap((p) => p.points.map((q) => q.bucket.day)))].sort((a, b) => a - b), [geo]);

  const onPointerMove = (e: PointerEvent<SVGSVGElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    setCursor(snap(geo.dayAt(Math.min(plot, Math.max(0, e.clientX - r.left - left)))));
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (!days.length) return;
    const at = cursor === null ? -1 : days.findIndex((d) => d >= cursor);
    let next: number | undefined;
    if (e.key === 'ArrowRight') next = cursor === null ? days[0] : days.find((d) => d > cursor);
    else if (e.key === 'ArrowLeft') next = cursor === null ? days.at(-1) : days[(at === -1 ? days.length : at) - 1];
    else if (e.key === 'Home') next = days[0];
    else if (e.key === 'End') next = days.at(-1);
    else if (e.key === 'Escape') { setCursor(null); return; }
    else return;
    e.preventDefault();
    if (next !== undefined) setCursor(next);
  };

  const readout = describeCursor(cursor, geo.weekly, geo.paths, series);
  const range = `${shortDay(startMs)} – ${shortDay(endMs - 1)}`;
  return (
    <figure className="space-y-1" aria-labelledby={`${helpId}-t`}>
      <div className="flex flex-wrap items-baseline justify-between gap-x-3 text-sm">
        <figcaption id={`${helpId}-t`} className="font-medium">Cooperation–conflict line</figcaption>
        <span className="text-slate-600 dark:text-slate-400">
          <span data-testid="line-window">{range}</span>, {geo.weekly ? 'weekly' : 'daily'} sums
          {geo.paths.map((p) => (
            <span key={p.conflict} className="ml-3 whitespace-nowrap">
              <svg width="14" height="4" aria-hidden="true" className="mr-1 inline align-middle"><rect width="14" height="4" fill={LINE_COLOURS[p.conflict]} /></svg>
              {CONFLICTS[p.conflict].label}
            </span>
          ))}
        </span>
      </div>
      {/* A slider over the days with events: arrows move from one to the next and the readout names its events. */}
      <div
        ref={box}
        role="slider"
        tabIndex={0}
        aria-label={`Day on the cooperation–conflict line, ${range}`}
        aria-valuemin={0}
        aria-valuemax={Math.max(0, days.length - 1)}
        aria-valuenow={Math.max(0, cursor === null ? 0 : days.indexOf(cursor))}
        aria-valuetext={readout}
        aria-describedby={helpId}
        onKeyDown={onKeyDown}
        className="rounded border border-slate-200 focus-visible:outline-2 dark:border-slate-800"
      >
        <svg width={width} height={HEIGHT} className="block text-slate-400 dark:text-slate-500" aria-hidden="true" onPointerMove={onPointerMove} onPointerLeave={() => { setCursor(null); }}>
          <text x={left >= LABEL_ROOM ? left - 4 : 4} textAnchor={left >= LABEL_ROOM ? 'end' : 'start'} y={11} fontSize={10} fill="currentColor">+{geo.yMax.toFixed(1)}</text>
          <text x={left >= LABEL_ROOM ? left - 4 : 4} textAnchor={left >= LABEL_ROOM ? 'end' : 'start'} y={HEIGHT - 3} fontSize={10} fill="currentColor">−{geo.yMax.toFixed(1)}</text>
          <svg x={left} width={plot} height={HEIGHT} overflow="hidden">
          <line x1={0} x2={plot} y1={HEIGHT / 2} y2={HEIGHT / 2} stroke="currentColor" strokeDasharray="2 3" />
          {cursor !== null && <line x1={geo.xOf(cursor)} x2={geo.xOf(cursor)} y1={0} y2={HEIGHT} stroke="currentColor" />}
          {geo.paths.map((p) => (
            <g key={p.conflict} stroke={LINE_COLOURS[p.conflict]} fill={LINE_COLOURS[p.conflict]}>
              <path d={p.d} fill="none" strokeWidth={1.5} />
              {p.points.length < 400 && p.points.map((q) => <circle key={q.bucket.day} cx={q.x} cy={q.y} r={2.5} />)}
            </g>
          ))}
          </svg>
        </svg>
      </div>
      <p data-testid="line-readout" aria-hidden="true" className="min-h-5 text-xs text-slate-700 dark:text-slate-300">{readout}</p>
      <details id={helpId} className="text-xs text-slate-600 dark:text-slate-400">
        <summary className="cursor-pointer">How the line is computed</summary>
        <p className="mt-1 max-w-prose">
          Each event counts with the Goldstein (1992) weight of its CAMEO type, from −10 (fighting) to +10 (the most
          cooperative acts): a phone call +1, a negotiation +7, a ceasefire +9, a threat −6, an attack −9. The line is
          the sum per day, or per week when zoomed out, for each conflict; an event with an uncertain date spreads its
          weight over the days it may fall on. It counts reported events, not their importance: ten reported calls
          outweigh one decisive one.
        </p>
      </details>
    </figure>
  );
}
