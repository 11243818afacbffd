import { lazy, type ComponentType } from 'react';

/**
 * A component loaded on demand, whose code can also be fetched ahead of need (on hover, focus or when the page is
 * idle) so that opening it feels instant without making the first load heavier.
 */
function lazyWithPrefetch<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loading: Promise<{ default: ComponentType<P> }> | null = null;
  const get = () => (loading ??= load().then((c) => ({ default: c })));
  return { Component: lazy(get), prefetch: () => { void get().catch(() => undefined); } };
}

export const LazyDetail = lazyWithPrefetch(() => import('../features/event-detail/components/event-detail-panel').then((m) => m.EventDetailPanel));
export const LazyTable = lazyWithPrefetch(() => import('../features/event-list/components/event-table').then((m) => m.EventTable));
export const LazyCards = lazyWithPrefetch(() => import('../features/event-list/components/event-cards').then((m) => m.EventCards));
export const LazyExport = lazyWithPrefetch(() => import('./export-controls').then((m) => m.ExportControls));
export const LazyReader = lazyWithPrefetch(() => import('../features/article-reader/components/article-reader').then((m) => m.ArticleReader));
export const LazyContacts = lazyWithPrefetch(() => import('../features/contacts/components/contacts-view').then((m) => m.ContactsView));
export const LazyCooperationLine = lazyWithPrefetch(() => import('../features/cooperation-line/components/cooperation-line-panel').then((m) => m.CooperationLinePanel));
export const LazyFilterPanel = lazyWithPrefetch(() => import('../features/filters/components/filter-panel').then((m) => m.FilterPanel));

/** Fetches every deferred part once the browser has nothing more urgent to do (after the first items are drawn). */
export function prefetchWhenIdle(parts: { prefetch: () => void }[]): () => void {
  const run = () => { for (const p of parts) p.prefetch(); };
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, { timeout: 3000 });
    return () => { cancelIdleCallback(id); };
  }
  const id = setTimeout(run, 1000);
  return () => { clearTimeout(id); };
}
