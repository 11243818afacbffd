import { QueryClient } from '@tanstack/react-query';

/** The dataset is static and versioned with the build: fetch once, never refetch on focus. */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { staleTime: Infinity, refetchOnWindowFocus: false, retry: 1 },
  },
});
