import { QueryClient } from '@tanstack/react-query';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { DataSet } from 'vis-data/esnext';
import { Timeline } from 'vis-timeline/esnext';

// The least a page built on the required packages ships: React mounts, TanStack Query has a client, and a
// vis-timeline is created. Its gzipped size is the floor under the dashboard's bundle.
const root = document.getElementById('root');
if (!root) throw new Error('no #root');
new QueryClient();
createRoot(root).render(createElement('div', { id: 'timeline' }));
new Timeline(root, new DataSet([]), {});
