import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { watchFirstItems, type BenchApi } from './bench-probe';

/** Starts a React bench page: an empty window.bench for the page to fill, the first-items probe, and the page under a QueryClient. */
export function mountBenchPage(page: ReactNode) {
  window.bench = {} as BenchApi;
  watchFirstItems();
  const root = document.getElementById('root');
  if (!root) throw new Error('no #root');
  createRoot(root).render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { staleTime: Infinity, retry: false } } })}>{page}</QueryClientProvider>,
  );
}
