/**
 * Small changes to vis-timeline's Timeline, made by the build (trimVisTimeline applies them to the same module),
 * each found by its exact text in the installed version: if a new version changes that text, the build stops and
 * says which patch no longer applies, rather than shipping the module unpatched. Neither changes what is drawn; both
 * take work off the task that draws the first events and the frame that paints them (measured with
 * bench/load/trace-floor-load.ts and ab-floor-load.ts on 7 December 2026, see the README's "Loading" section).
 *
 * - `range-heights-read-together`: a range item whose label may wrap (the app's labels do: white-space normal, see
 *   timeline.css; vis-timeline's default is nowrap) reads its box's height at the end of each `repositionX`, just
 *   after writing the box's position and width. Positioning N such items in turn, as vis-timeline does for every
 *   group in every draw pass, lays the page out N times (write, read, write, read...). The patch positions all the
 *   visible items of a group first and reads their heights after, one layout for the lot. The heights are the same
 *   (nothing between the writes and the reads changes a box's size: only transforms, which do not lay out) and are
 *   set before anything uses them (the stacking that follows in `_updateItemsInRange`, the next pass after
 *   `_redrawItems`). Tested in scripts/patch-vis-timeline.test.ts (the reads follow all the writes; each item gets
 *   the height of its own box).
 * - `queued-draw-dropped-by-a-whole-draw`: vis-timeline draws in two ways: at once (`_origRedraw`, on every change
 *   before its first draw with items, and for each further pass of a draw) and in the next animation frame (`_redraw`,
 *   a throttle that queues one frame's draw however often it is asked). Its constructor asks for the queued kind (its
 *   options and its own "draw for the first time"); the app builds its timeline empty and draws it with its first data
 *   at once, in the same task, so that queued draw ran a whole redraw again, with nothing changed, in the frame that
 *   first paints the events. The patch drops a queued draw when a whole draw runs before its frame: that draw shows
 *   everything asked for until then, and anything changed after it asks for a draw of its own (every change in
 *   vis-timeline asks after making it), so what is drawn is the same. Tested in scripts/patch-vis-timeline.test.ts
 *   (the constructor's queued draw is dropped by the first data's draw; a draw asked for after it still runs).
 */
export interface TextPatch {
  name: string;
  /** Exact text in the installed module, found exactly once. */
  find: string;
  replace: string;
}

/** Declared before Group (the first class that uses it); `null` outside a batch, so a lone repositionX reads at once. */
const DEFERRED_HEIGHTS = `/* scripts/patch-vis-timeline.ts (range-heights-read-together): the range items positioned in a batch whose heights
   are read once the whole batch is written, rather than one layout of the page per item. */
let deferredRangeHeights = null;
function repositionItemsX(items) {
  const heights = [];
  deferredRangeHeights = heights;
  try {
    for (let i = 0; i < items.length; i++) items[i].repositionX();
  } finally {
    deferredRangeHeights = null;
  }
  for (const item of heights) item.height = item.dom.box.offsetHeight;
}

class Group {`;

export const PATCHES: readonly TextPatch[] = [
  { name: 'range-heights-read-together (helper)', find: 'class Group {', replace: DEFERRED_HEIGHTS },
  {
    name: 'range-heights-read-together (RangeItem.repositionX)',
    find: `    if (this.whiteSpace) {
      this.height = this.dom.box.offsetHeight;
    }`,
    replace: `    if (this.whiteSpace) {
      if (deferredRangeHeights) deferredRangeHeights.push(this);
      else this.height = this.dom.box.offsetHeight;
    }`,
  },
  {
    name: 'range-heights-read-together (Group._updateItemsInRange)',
    find: `    for (let i = 0; i < visibleItems.length; i++) {
      visibleItems[i].repositionX();
    }

    return visibleItems;`,
    replace: `    repositionItemsX(visibleItems);

    return visibleItems;`,
  },
  {
    name: 'range-heights-read-together (Group._redrawItems)',
    find: `      for (let i = 0; i < this.visibleItems.length; i++) {
        this.visibleItems[i].repositionX();
        if (`,
    replace: `      repositionItemsX(this.visibleItems);
      for (let i = 0; i < this.visibleItems.length; i++) {
        if (`,
  },
  {
    name: 'queued-draw-dropped-by-a-whole-draw (Core._create)',
    find: `    const me = this;
    this._origRedraw = this._redraw.bind(this);
    this._redraw = availableUtils.throttle(this._origRedraw);`,
    replace: `    const me = this;
    // scripts/patch-vis-timeline.ts (queued-draw-dropped-by-a-whole-draw): a draw queued for the next frame is dropped
    // when a whole draw runs before it; a change after that queues its own.
    const redrawNow = this._redraw.bind(this);
    let queuedFrame = 0;
    this._origRedraw = () => {
      if (queuedFrame) cancelAnimationFrame(queuedFrame);
      queuedFrame = 0;
      redrawNow();
    };
    this._redraw = () => {
      if (!queuedFrame) {
        queuedFrame = requestAnimationFrame(() => {
          queuedFrame = 0;
          redrawNow();
        });
      }
    };`,
  },
];

/** The module with every patch applied; throws, naming the patch, if its text is not found exactly once. */
export function patchTimelineModule(code: string, patches: readonly TextPatch[] = PATCHES): string {
  let out = code;
  for (const p of patches) {
    const at = out.indexOf(p.find);
    if (at < 0 || out.indexOf(p.find, at + 1) >= 0) {
      throw new Error(`patch-vis-timeline: "${p.name}" ${at < 0 ? 'no longer finds its text' : 'finds its text more than once'} in vis-timeline; update scripts/patch-vis-timeline.ts`);
    }
    out = out.slice(0, at) + p.replace + out.slice(at + p.find.length);
  }
  return out;
}
