import { DataSet, DataView } from 'vis-data/esnext';
import { Timeline } from 'vis-timeline/esnext';
import 'vis-timeline/styles/vis-timeline-graph2d.css';
import type { Dataset } from '../../src/shared/schema';
import { dataUrl, markClickDone, nextPaint, watchFirstItems, type BenchApi } from './bench-probe';

/** The naive way: every event into one DataSet, a DataView for filters, default options. */
const DAY = 86_400_000;
let conflict: string | null = null;
window.bench = {} as BenchApi;
watchFirstItems();
const data = (await (await fetch(dataUrl('events.json'))).json()) as Dataset;
const items = new DataSet(
  data.events.map((ev) => ({
    id: ev.id,
    content: ev.title,
    start: ev.date.start,
    end: ev.date.start === ev.date.end ? undefined : new Date(Date.parse(ev.date.end) + DAY),
    conflict: ev.conflict,
  })),
);
const view = new DataView(items, { filter: (i) => conflict === null || i.conflict === conflict });
const container = document.getElementById('timeline');
if (!container) throw new Error('no #timeline');
const tl = new Timeline(container, view, {});
tl.on('select', markClickDone);

Object.assign(window.bench, {
  async filter(c: string | null) {
    const t0 = performance.now();
    conflict = c;
    view.refresh();
    await nextPaint();
    return performance.now() - t0;
  },
  async zoomTo(start: number, end: number) {
    tl.setWindow(start, end, { animation: false });
    await nextPaint();
  },
  async zoomOut() {
    const t0 = performance.now();
    tl.fit({ animation: false });
    await nextPaint();
    return performance.now() - t0;
  },
});
