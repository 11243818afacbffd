import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import './index.css';
import { App } from './app/app';
import { predrawFirstView } from './app/predraw-first-view';
import { startLoadingDataset } from './app/query-client';
import { ErrorBoundary } from './shared/ui/error-boundary';

/**
 * How long React's first render may wait for the data. index.html already shows the layout's skeleton, and React's
 * loading state is the same skeleton: rendering it before the data is there only delays the dashboard behind it.
 * A small dataset (preloaded by index.html, checked on this thread) is ready well within this; a large one, checked
 * in workers, gets the page mounted meanwhile, so its loading and error states work as before.
 */
const FIRST_RENDER_WAIT_MS = 200;

// The data (preloaded by index.html) is read and validated while the page's scripts load, not after React mounts.
// (A promise, not a top-level await: an entry that awaits at its top level makes the bundler split every module it
// shares with the lazy chunks into chunks of their own, a dozen more requests before the page can start.)
const dataset = startLoadingDataset();
void Promise.race([dataset, new Promise((resolve) => setTimeout(resolve, FIRST_RENDER_WAIT_MS))]).then(() => {
  // The default view's timeline is drawn at once, into the skeleton, and React renders the dashboard (adopting it)
  // once that frame is painted: a frame callback runs just before the paint, a task queued from it after.
  if (predrawFirstView()) requestAnimationFrame(() => setTimeout(render, 0));
  else render();
});

function render() {
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  // Rendered synchronously, so that the timeline's effects run in the same task as the render that adds its
  // container, rather than after a paint of the dashboard without its events.
  const reactRoot = createRoot(root);
  flushSync(() => {
    reactRoot.render(
      <StrictMode>
        <ErrorBoundary>
          <App />
        </ErrorBoundary>
      </StrictMode>,
    );
  });
}
