import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ApiError } from '../lib/api-client.ts';
import { I18nProvider } from '../lib/i18n.tsx';
import { AppRoutes } from './app-routes.tsx';
import { AppShell } from './app-shell.tsx';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      // A 4xx will not get better by asking again; network blips might.
      retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
      refetchOnWindowFocus: false,
    },
  },
});

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider>
        <AppShell>
          <AppRoutes />
        </AppShell>
      </I18nProvider>
    </QueryClientProvider>
  );
}
