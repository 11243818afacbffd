import { QueryClient } from '@tanstack/react-query';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { DataSet } from 'vis-data/esnext';
import { Timeline } from 'vis-timeline/esnext';
import 'vis-timeline/styles/vis-timeline-graph2d.css';

// The least a page built on the required packages ships and does: React mounts, TanStack Query has a client, and a
// vis-timeline draws the dataset's events (preloaded by index.html) with default options. Its gzipped size is the
// floor under the dashboard's bundle, and its time to the first event on screen the floor under the dashboard's.
interface Events {
  events: { id: string; title: string; date: { start: string; end: string } }[];
}
const DAY = 86_400_000;
const root = document.getElementById('root');
const container = document.getElementById('timeline');
if (!root || !container) throw new Error('no #root or #timeline');
new QueryClient();
createRoot(root).render(createElement('p', null, 'The same events, drawn by the required packages alone.'));
const data = (await (await fetch('data/events.json')).json()) as Events;
const items = new DataSet(
  data.events.map((ev) => ({
    id: ev.id,
    content: ev.title,
    start: ev.date.start,
    end: ev.date.start === ev.date.end ? undefined : new Date(Date.parse(ev.date.end) + DAY),
  })),
);
new Timeline(container, items, {});
