import { useCallback, useEffect, useRef, useSyncExternalStore } from 'react';
import type { AppStatus } from '../../../shared/contract';
import type { Ambassador, AmbassadorSummary } from '../../../shared/features/ambassadors/schemas';
import type { Cohort } from '../../../shared/features/cohorts/schemas';
import type { AppSettings, SettingsPatch } from '../../../shared/features/settings/schemas';
import { useApi, useQueryCache } from './ApiProvider';
import { IDLE_STATE, type Loader, type QueryState } from './query-cache';
import type { Result } from './result';

export interface Query<T> extends QueryState<T> {
  reload(): Promise<void>;
}

/** Reads one cached channel answer; `key: null` means "nothing to load yet". */
export function useQuery<T>(key: string | null, loader: Loader<T>): Query<T> {
  const cache = useQueryCache();
  const loaderRef = useRef(loader);
  useEffect(() => {
    loaderRef.current = loader;
  });
  const subscribe = useCallback((listener: () => void) => (key ? cache.subscribe(key, listener) : () => undefined), [cache, key]);
  const getSnapshot = useCallback(() => (key ? cache.get(key) : IDLE_STATE), [cache, key]);
  const state = useSyncExternalStore(subscribe, getSnapshot) as QueryState<T>;
  useEffect(() => {
    if (key) cache.ensure(key, (api) => loaderRef.current(api));
  }, [cache, key]);
  const reload = useCallback(() => (key ? cache.fetch(key) : Promise.resolve()), [cache, key]);
  return { ...state, reload };
}

/** Reloads cached lists after a change, e.g. `invalidate('ambassadors', 'ambassador:')`. */
export function useInvalidate(): (...prefixes: string[]) => Promise<void> {
  const cache = useQueryCache();
  return useCallback((...prefixes: string[]) => cache.invalidate(...prefixes), [cache]);
}

export const KEYS = {
  status: 'app:status',
  settings: 'settings',
  ambassadors: (includeArchived: boolean) => `ambassadors:${includeArchived ? 'all' : 'active'}`,
  cohortAmbassadors: (cohortId: string) => `ambassadors:cohort:${cohortId}`,
  ambassador: (id: string) => `ambassador:${id}`,
  cohorts: (includeArchived: boolean) => `cohorts:${includeArchived ? 'all' : 'active'}`,
} as const;

export function useAppStatus(): Query<AppStatus> {
  return useQuery(KEYS.status, (api) => api['app:status']({}));
}

function definedOnly<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)) as Partial<T>;
}

export interface SettingsQuery extends Query<AppSettings> {
  settings: AppSettings | undefined;
  update(patch: SettingsPatch): Promise<Result<AppSettings>>;
}

export function useSettings(): SettingsQuery {
  const api = useApi();
  const cache = useQueryCache();
  const query = useQuery(KEYS.settings, (a) => a['settings:get']({}));
  const update = useCallback(
    async (patch: SettingsPatch) => {
      // Optimistic: controls (radios, the switcher) follow the click at once; a refusal puts the old value back.
      const before = cache.get(KEYS.settings).data as AppSettings | undefined;
      if (before) cache.set(KEYS.settings, { ...before, ...definedOnly(patch) });
      const result = await api['settings:update']({ patch });
      if (result.ok) cache.set(KEYS.settings, result.value);
      else if (before) cache.set(KEYS.settings, before);
      return result;
    },
    [api, cache],
  );
  return { ...query, settings: query.data, update };
}

export function useAmbassadors(includeArchived = false): Query<AmbassadorSummary[]> {
  return useQuery(KEYS.ambassadors(includeArchived), (api) => api['ambassador:list']({ includeArchived }));
}

export function useCohortAmbassadors(cohortId: string | null): Query<AmbassadorSummary[]> {
  return useQuery(cohortId ? KEYS.cohortAmbassadors(cohortId) : null, (api) =>
    api['ambassador:list']({ cohortId: cohortId ?? undefined, includeArchived: true }),
  );
}

export function useAmbassador(id: string | null): Query<Ambassador> {
  return useQuery(id ? KEYS.ambassador(id) : null, (api) => api['ambassador:get']({ id: id ?? '' }));
}

export function useCohorts(includeArchived = false): Query<Cohort[]> {
  return useQuery(KEYS.cohorts(includeArchived), (api) => api['cohort:list']({ includeArchived }));
}

/** Prefixes to pass to invalidate() after a change to ambassadors or cohorts. */
export const AMBASSADOR_DATA = ['ambassadors', 'ambassador:'];
export const COHORT_DATA = ['cohorts'];
