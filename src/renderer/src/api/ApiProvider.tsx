import { createContext, use, useMemo, type ReactNode } from 'react';
import type { StudioApi } from '../../../shared/contract';
import { QueryCache } from './query-cache';

interface ApiContextValue {
  api: StudioApi;
  cache: QueryCache;
}

const ApiContext = createContext<ApiContextValue | null>(null);

export function ApiProvider({ api, children }: { api: StudioApi; children: ReactNode }) {
  const value = useMemo(() => ({ api, cache: new QueryCache(api) }), [api]);
  return <ApiContext value={value}>{children}</ApiContext>;
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

export function useQueryCache(): QueryCache {
  return useApiContext().cache;
}
