/** What both bench pages expose to the runner; every duration is measured inside the page, in ms. */
export interface BenchApi {
  firstItemsMs?: number;
  filter(conflict: string | null): Promise<number>;
  zoomTo(start: number, end: number): Promise<void>;
  zoomOut(): Promise<number>;
  /** Time from the last pointerdown to the detail (or selection) being painted. */
  clickMs?: number;
  validateOnMainThread?(): Promise<number>;
  /** Contacts page only: the timeline (with the line) to the contacts view, and back. */
  switchToContactsAndBack?(): Promise<{ there: number; back: number }>;
  /** Contacts page only: the cooperation line, or the timeline, redrawn for a new window. */
  lineWindow?(start: number, end: number): Promise<number>;
  timelineWindow?(start: number, end: number): Promise<number>;
}

declare global {
  interface Window {
    bench: BenchApi;
  }
}

export const nextPaint = () =>
  new Promise<void>((resolve) => {
    requestAnimationFrame(() => {
      requestAnimationFrame(() => {
        resolve();
      });
    });
  });

let pointerDownAt = 0;
document.addEventListener('pointerdown', () => (pointerDownAt = performance.now()), { capture: true });
export const markClickDone = () => {
  void nextPaint().then(() => (window.bench.clickMs = performance.now() - pointerDownAt));
};

/** Records when the first timeline item is in the DOM and painted, counted from navigation start. */
export function watchFirstItems() {
  const seen = new MutationObserver(() => {
    if (!document.querySelector('.vis-item .vis-item-content')) return;
    seen.disconnect();
    void nextPaint().then(() => (window.bench.firstItemsMs = performance.now()));
  });
  seen.observe(document.body, { childList: true, subtree: true });
}

export const benchSize = () => Number(new URLSearchParams(location.search).get('n') ?? '1000');
/** The dashboard loads the index and its shards, as the app does; the bare baseline loads the one-file dataset. */
export const dataUrl = (file: 'index.json' | 'events.json') => `/data/synth-${benchSize()}/${file}`;
