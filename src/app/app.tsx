import { QueryClientProvider } from '@tanstack/react-query';
import { queryClient } from './query-client';
import { DashboardPage } from './dashboard-page';

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <DashboardPage />
    </QueryClientProvider>
  );
}
