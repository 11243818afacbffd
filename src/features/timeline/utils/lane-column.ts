/** vis-timeline's stylesheet pads each lane name (`.vis-labelset .vis-label .vis-inner`) by 5 px on either side. */
export const LANE_NAME_PADDING_PX = 10;
/** The border between the lane names' column and the events' panel, which the panel's width leaves out. */
const COLUMN_BORDER_PX = 1;

/**
 * The width the events' panel will have once vis-timeline has drawn these lanes in a container `containerPx` wide,
 * worked out before it draws them, so that the first window can be fitted to it and drawn with the lanes and events
 * at once. vis-timeline makes the lane names' column as wide as its widest name (padding included, rounded to the
 * pixel) and gives the rest, less the column's border, to the events. `textPx` measures a name in the lanes' font.
 * Exact unless the lanes are taller than the timeline: their scrollbar then widens the column, and the fit made after
 * the first draw (with the widths then laid out) corrects the window.
 */
export function eventsPanelPx(containerPx: number, laneNames: readonly string[], textPx: (name: string) => number): number {
  if (!laneNames.length) return containerPx;
  const column = Math.max(...laneNames.map((name) => Math.round(textPx(name) + LANE_NAME_PADDING_PX)));
  return Math.max(containerPx - column - COLUMN_BORDER_PX, 0);
}
