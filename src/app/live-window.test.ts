import { describe, expect, it } from 'vitest';
import { createLiveWindow, windowToFollow } from './live-window';

const w = (start: string, end: string) => ({ start: new Date(start), end: new Date(end) });

describe('live window', () => {
  it('tells its listeners of each movement, and no longer once they unsubscribe', () => {
    const live = createLiveWindow();
    const seen: (string | undefined)[] = [];
    const stop = live.subscribe(() => { seen.push(live.get()?.to.start.toISOString()); });
    live.set({ from: null, to: w('2025-05-01', '2025-05-10') });
    live.set({ from: null, to: w('2025-05-02', '2025-05-11') });
    stop();
    live.set({ from: null, to: w('2025-05-03', '2025-05-12') });
    expect(seen).toEqual(['2025-05-01T00:00:00.000Z', '2025-05-02T00:00:00.000Z']);
    expect(live.get()?.to.start.toISOString()).toBe('2025-05-03T00:00:00.000Z');
  });

  it('follows the movement while the URL still has the window it moved from, and the URL once it changed', () => {
    const url = w('2025-04-01', '2025-06-01');
    const moving = w('2025-04-10', '2025-06-10');
    expect(windowToFollow(null, url)).toBe(url);
    expect(windowToFollow({ from: url, to: moving }, url)).toBe(moving);
    // The URL caught up (or a link set another window): a new object, so the older movement no longer applies.
    const next = w('2025-04-10', '2025-06-10');
    expect(windowToFollow({ from: url, to: moving }, next)).toBe(next);
    // The fitted whole (no window in the URL) is followed as the timeline reports it.
    expect(windowToFollow({ from: null, to: moving }, null)).toBe(moving);
  });
});
