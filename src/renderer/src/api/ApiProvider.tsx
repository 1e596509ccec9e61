import { notifyManager, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createContext, use, useMemo, useState, type ReactNode } from 'react';
import type { StudioApi } from '../../../shared/contract';
import { withInvalidation } from './channel-query';

// TanStack Query tells components about new data on a later timer tick by default. Controlled inputs that show
// cached data (the theme radios, the ambassador switcher) would then snap back for a moment after a click, so
// changes are delivered as soon as the current event's work is done instead.
notifyManager.setScheduler(queueMicrotask);

/**
 * Channel answers are cached until a command that changes their topics succeeds (see channel-query.ts), so
 * nothing is refetched on a timer or on focus: the backend is local and is only changed through this page.
 */
export function createStudioQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: Infinity, retry: false, refetchOnWindowFocus: false, refetchOnReconnect: false },
      mutations: { retry: false },
    },
  });
}

interface ApiContextValue {
  /** What the screens call: commands refresh what they changed before resolving. */
  api: StudioApi;
  /** The bare transport, for the query cache's own loads. */
  transport: StudioApi;
}

const ApiContext = createContext<ApiContextValue | null>(null);

export function ApiProvider({ api, children }: { api: StudioApi; children: ReactNode }) {
  // One cache per provider (per window, per test), made once.
  const [queryClient] = useState(createStudioQueryClient);
  const value = useMemo(() => ({ api: withInvalidation(api, queryClient), transport: api }), [api, queryClient]);
  return (
    <ApiContext value={value}>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </ApiContext>
  );
}

function useApiContext(): ApiContextValue {
  const value = use(ApiContext);
  if (!value) throw new Error('useApi must be used inside <ApiProvider>');
  return value;
}

/** The typed API, whichever transport carries it. Every call resolves to a Result; none throws. */
export function useApi(): StudioApi {
  return useApiContext().api;
}

export function useTransportApi(): StudioApi {
  return useApiContext().transport;
}
