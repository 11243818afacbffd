import { useSyncExternalStore } from 'react';
import type { VisibleWindow } from '../features/timeline/types';

/** The window the timeline showed last, and the URL's window at that moment. */
export interface MovedWindow {
  from: VisibleWindow | null;
  to: VisibleWindow;
}

/**
 * The window the timeline shows while the reader moves it, ahead of the URL (which catches up when they stop).
 * Held outside React state, so that each movement renders again only what follows it live (the cooperation line),
 * not the whole dashboard: the fitted window the timeline reports as it first draws its events would otherwise
 * render the dashboard again before the frame with those events is painted.
 */
export function createLiveWindow() {
  let moved: MovedWindow | null = null;
  const listeners = new Set<() => void>();
  return {
    get: (): MovedWindow | null => moved,
    set: (next: MovedWindow) => {
      moved = next;
      for (const l of listeners) l();
    },
    subscribe: (listener: () => void): (() => void) => {
      listeners.add(listener);
      return () => { listeners.delete(listener); };
    },
  };
}
export type LiveWindow = ReturnType<typeof createLiveWindow>;

/** The movement's window while the URL's window is still the one it moved from; the URL's once that has changed. */
export function windowToFollow(moved: MovedWindow | null, urlWindow: VisibleWindow | null): VisibleWindow | null {
  return moved && moved.from === urlWindow ? moved.to : urlWindow;
}

export function useLiveWindow(live: LiveWindow, urlWindow: VisibleWindow | null): VisibleWindow | null {
  return windowToFollow(useSyncExternalStore(live.subscribe, live.get), urlWindow);
}
