// @vitest-environment jsdom
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseSync } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PATCHES, patchTimelineModule } from './patch-vis-timeline';
import { trimTimelineModule } from './trim-vis-timeline';

// The module the build patches (TIMELINE_MODULE): the esnext ES module, which 'vis-timeline/esnext' resolves to on import.
const packageDir = dirname(createRequire(import.meta.url).resolve('vis-timeline/package.json'));
const installed = readFileSync(join(packageDir, 'esnext', 'esm', 'vis-timeline-graph2d.mjs'), 'utf8');

describe('patchTimelineModule on the installed vis-timeline', () => {
  it('applies every patch, after the trim as the build does, and the result parses', () => {
    const out = patchTimelineModule(trimTimelineModule(installed));
    for (const p of PATCHES) expect(out).toContain(p.replace);
    expect(parseSync('m.mjs', out).errors).toEqual([]);
  });

  it('stops, naming the patch, when its text is not found exactly once', () => {
    expect(() => patchTimelineModule('class Group {}', [{ name: 'x', find: 'class Nothing {', replace: '' }])).toThrow(/"x" no longer finds its text/);
    expect(() => patchTimelineModule('a a', [{ name: 'y', find: 'a', replace: 'b' }])).toThrow(/"y" finds its text more than once/);
  });
});

/**
 * The Timeline drawn in jsdom, which lays nothing out: sizes are stubbed (a range box's height follows its width, as
 * a wrapping label's would), and the page counts a layout whenever a box's size is read after any style was written
 * since the last read, as a browser must lay the page out then.
 */
describe('the patched Timeline, drawn', () => {
  type TimelineCtor = new (el: HTMLElement, items: unknown, options: object) => { destroy(): void; setItems(items: unknown): void; setWindow(start: Date, end: Date, options: object): void };
  interface Loaded {
    Timeline: TimelineCtor;
    DataSet: new (items: object[]) => unknown;
  }
  // Inside the project (ignored by git and lint), so that the copies' imports resolve to its node_modules.
  const dir = resolve('.cache', 'patch-vis-timeline-test');
  const load = async (name: string, code: string): Promise<Loaded> => {
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `${name}.mjs`);
    // Without its source map comment (the map is not beside the copy).
    writeFileSync(file, code.replace(/^\/\/# sourceMappingURL=.*$/m, ''));
    const mod = (await import(/* @vite-ignore */ pathToFileURL(file).href)) as { Timeline: TimelineCtor };
    const data = (await import('vis-data/esnext')) as unknown as { DataSet: Loaded['DataSet'] };
    return { Timeline: mod.Timeline, DataSet: data.DataSet };
  };
  let plain: Loaded;
  let patched: Loaded;
  /** Animation frames, run by hand (flushFrames runs them, and those they ask for, up to ten frames deep). */
  let frames = new Map<number, () => void>();
  let lastFrame = 0;
  const flushFrames = () => {
    for (let i = 0; i < 10 && frames.size > 0; i++) {
      const now = frames;
      frames = new Map();
      now.forEach((f) => { f(); });
    }
  };
  const log = { dirty: false, layouts: 0, rangeHeightLayouts: 0 };
  const restore: (() => void)[] = [];
  const stub = (proto: object, prop: string, get: (el: HTMLElement) => number) => {
    const before = Object.getOwnPropertyDescriptor(proto, prop);
    Object.defineProperty(proto, prop, {
      configurable: true,
      get(this: HTMLElement) {
        const rangeBox = prop === 'offsetHeight' && this.classList.contains('vis-range');
        if (log.dirty) {
          log.layouts++;
          if (rangeBox) log.rangeHeightLayouts++;
          log.dirty = false;
        }
        return get(this);
      },
    });
    restore.push(() => { if (before) Object.defineProperty(proto, prop, before); });
  };

  beforeAll(async () => {
    const trimmed = trimTimelineModule(installed);
    plain = await load('plain', trimmed);
    patched = await load('patched', patchTimelineModule(trimmed));
    // The page is 800 px wide; the lane names' columns are empty.
    const width = (el: HTMLElement) =>
      el.classList.contains('vis-range') ? Number.parseFloat(el.style.width) || 50 : el.matches('.vis-left, .vis-right') ? 0 : 800;
    stub(HTMLElement.prototype, 'offsetWidth', width);
    stub(HTMLElement.prototype, 'clientWidth', width);
    // A range box narrower than 100 px wraps its label onto two lines.
    // The timeline is 400 px tall, which leaves its events' panel room below the axis.
    stub(HTMLElement.prototype, 'offsetHeight', (el) =>
      el.classList.contains('vis-range') ? ((Number.parseFloat(el.style.width) || 0) < 100 ? 40 : 20) : el.classList.contains('vis-timeline') ? 400 : 30);
    stub(HTMLElement.prototype, 'clientHeight', () => 30);
    // Any style written marks the page for layout.
    const styleProto = Object.getPrototypeOf(document.body.style) as object;
    for (const prop of ['width', 'height', 'transform', 'left', 'top']) {
      const d = Object.getOwnPropertyDescriptor(styleProto, prop);
      if (!d?.set) continue;
      Object.defineProperty(styleProto, prop, {
        ...d,
        set(this: CSSStyleDeclaration, v: string) {
          log.dirty = true;
          d.set?.call(this, v);
        },
      });
      restore.push(() => { Object.defineProperty(styleProto, prop, d); });
    }
    // Kept as the window's own properties, to be put back as they were.
    const raf = Object.getOwnPropertyDescriptor(window, 'requestAnimationFrame');
    const cancel = Object.getOwnPropertyDescriptor(window, 'cancelAnimationFrame');
    window.requestAnimationFrame = (f: FrameRequestCallback) => {
      frames.set(++lastFrame, () => { f(0); });
      return lastFrame;
    };
    window.cancelAnimationFrame = (id: number) => { frames.delete(id); };
    restore.push(() => {
      if (raf) Object.defineProperty(window, 'requestAnimationFrame', raf);
      if (cancel) Object.defineProperty(window, 'cancelAnimationFrame', cancel);
    });
  });
  afterAll(() => {
    restore.reverse().forEach((r) => { r(); });
    rmSync(dir, { recursive: true, force: true });
  });

  // Six ranges, 2-40 days long, and two days, in one window: wrapping labels as the app's (white-space: normal).
  const DAY = 86_400_000;
  const items = () =>
    [2, 5, 9, 14, 25, 40].map((days, i) => ({ id: `r${i}`, content: `range ${i}`, start: new Date(Date.UTC(2025, 0, 1 + i * 9)), end: new Date(Date.UTC(2025, 0, 1 + i * 9) + days * DAY) }))
      .concat([{ id: 'p0', content: 'day', start: new Date(Date.UTC(2025, 1, 1)), end: undefined as unknown as Date }]);
  const draw = (lib: Loaded) => {
    const container = document.createElement('div');
    document.body.append(container);
    const style = document.createElement('style');
    style.textContent = '.vis-item .vis-item-content { white-space: normal; }';
    document.head.append(style);
    // As the app does: the items go in outside the window, and the window is then moved onto them, so that they are
    // drawn together (an item added inside the window is drawn at once, alone).
    const tl = new lib.Timeline(container, null, { stack: true });
    // The controller chooses every window; so here, with vis-timeline's own fit to the items off.
    (tl as unknown as { initialFitDone: boolean }).initialFitDone = true;
    tl.setItems(new lib.DataSet(items()));
    flushFrames();
    log.layouts = 0;
    log.rangeHeightLayouts = 0;
    tl.setWindow(new Date(Date.UTC(2024, 11, 20)), new Date(Date.UTC(2025, 3, 1)), { animation: false });
    flushFrames();
    const counted = { layouts: log.layouts, rangeHeightLayouts: log.rangeHeightLayouts };
    const heights = [...container.querySelectorAll<HTMLElement>('.vis-item.vis-range')].map((b) => `${b.style.width} ${b.style.top}`);
    tl.destroy();
    container.remove();
    style.remove();
    return { ...counted, heights };
  };

  it('reads the range items’ heights together: one layout a batch rather than one an item', () => {
    const before = draw(plain);
    const after = draw(patched);
    // Unpatched, every range item's height read lays the page out again (six ranges, in every pass).
    expect(before.rangeHeightLayouts).toBeGreaterThanOrEqual(6);
    expect(after.rangeHeightLayouts).toBeLessThan(before.rangeHeightLayouts / 3);
    expect(after.layouts).toBeLessThan(before.layouts);
  });

  it('stacks the items exactly as before (each gets its own box’s height)', () => {
    const before = draw(plain);
    const after = draw(patched);
    expect(after.heights).toHaveLength(6);
    expect(after.heights).toEqual(before.heights);
    // The narrow ranges (two lines) and the wide ones (one) were both drawn.
    expect(new Set(after.heights.map((h) => h.split(' ')[1])).size).toBeGreaterThan(1);
  });

  /** Whole draws (each pass counted) of a timeline built empty and then given items, as the app's controller does. */
  const drawsOfFirstData = (lib: Loaded) => {
    const proto = lib.Timeline.prototype as unknown as { _redraw: () => void };
    const redraw = proto._redraw;
    let draws = 0;
    proto._redraw = function (this: unknown) {
      draws++;
      redraw.call(this);
    };
    try {
      const container = document.createElement('div');
      document.body.append(container);
      // As the app's controller (timeline-controller.ts): built empty, with options (the constructor asks for a queued
      // draw), its own fit off, then given a window and items with its immediate draws held back, and drawn once, all
      // in one task.
      const tl = new lib.Timeline(container, null, { stack: true, orientation: 'top' });
      const internals = tl as unknown as { initialFitDone: boolean; _origRedraw: () => void };
      internals.initialFitDone = true;
      const drawNow = internals._origRedraw;
      internals._origRedraw = () => undefined;
      tl.setWindow(new Date(Date.UTC(2024, 11, 20)), new Date(Date.UTC(2025, 3, 1)), { animation: false });
      tl.setItems(new lib.DataSet(items()));
      internals._origRedraw = drawNow;
      drawNow();
      const inTask = draws;
      flushFrames();
      const inFrame = draws - inTask;
      // After that, a change asks for a queued draw, which runs.
      tl.setWindow(new Date(Date.UTC(2025, 0, 1)), new Date(Date.UTC(2025, 2, 1)), { animation: false });
      flushFrames();
      const afterChange = draws - inTask - inFrame;
      tl.destroy();
      container.remove();
      return { inTask, inFrame, afterChange };
    } finally {
      proto._redraw = redraw;
    }
  };

  it('drops the draw its constructor queued once the first items are drawn, and still draws a later change', () => {
    const before = drawsOfFirstData(plain);
    const after = drawsOfFirstData(patched);
    expect(before.inTask).toBeGreaterThan(0);
    expect(after.inTask).toBe(before.inTask);
    // Unpatched, the frame after the first items drew them all again.
    expect(before.inFrame).toBeGreaterThan(0);
    expect(after.inFrame).toBe(0);
    expect(after.afterChange).toBeGreaterThan(0);
    expect(after.afterChange).toBe(before.afterChange);
  });
});
