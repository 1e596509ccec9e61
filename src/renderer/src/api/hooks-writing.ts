/**
 * Hooks for the writing exercises (Message Houses, press quotes), comments, review and trainer mode.
 * Kept apart from hooks.ts so each feature's data lives next to its own keys.
 */
import { useCallback } from 'react';
import type { RoleState } from '../../../shared/contract';
import type { Comment, CommentTarget } from '../../../shared/features/comments/schemas';
import type { MessageHouse } from '../../../shared/features/key-messages/schemas';
import type { Quote } from '../../../shared/features/quotes/schemas';
import type { ReviewQueue } from '../../../shared/features/review/schemas';
import type { RevisionEntityType, RevisionSummary } from '../../../shared/features/history/schemas';
import type { Role } from '../../../shared/features/settings/schemas';
import { useApi, useQueryCache } from './ApiProvider';
import { KEYS as CORE_KEYS, useQuery, type Query } from './hooks';
import type { QueryCache } from './query-cache';
import type { Result } from './result';

export const WRITING_KEYS = {
  houses: (ambassadorId: string) => `houses:${ambassadorId}`,
  quotes: (ambassadorId: string) => `quotes:${ambassadorId}`,
  comments: (type: CommentTarget, id: string) => `comments:${type}:${id}`,
  review: (cohortId: string | null) => `review:${cohortId ?? 'all'}`,
  revisions: (type: RevisionEntityType, id: string) => `revisions:${type}:${id}`,
  role: 'role:state',
} as const;

/** Prefixes to pass to invalidate() after a change of that kind. */
export const HOUSE_DATA = ['houses:'];
export const QUOTE_DATA = ['quotes:', 'review:'];
export const COMMENT_DATA = ['comments:', 'review:'];

export function useHouses(ambassadorId: string | null): Query<MessageHouse[]> {
  return useQuery(ambassadorId ? WRITING_KEYS.houses(ambassadorId) : null, (api) =>
    api['house:list']({ ambassadorId: ambassadorId ?? '' }),
  );
}

export function useQuotes(ambassadorId: string | null): Query<Quote[]> {
  return useQuery(ambassadorId ? WRITING_KEYS.quotes(ambassadorId) : null, (api) =>
    api['quote:list']({ ambassadorId: ambassadorId ?? '' }),
  );
}

export function useComments(targetType: CommentTarget, targetId: string | null): Query<Comment[]> {
  return useQuery(targetId ? WRITING_KEYS.comments(targetType, targetId) : null, (api) =>
    api['comment:list']({ targetType, targetId: targetId ?? '' }),
  );
}

/** Quotes waiting for approval and open comments; the whole laptop when no cohort is chosen. */
export function useReviewQueue(cohortId: string | null, enabled = true): Query<ReviewQueue> {
  return useQuery(enabled ? WRITING_KEYS.review(cohortId) : null, (api) =>
    api['review:queue'](cohortId ? { cohortId } : {}),
  );
}

export function useRevisions(entityType: RevisionEntityType, entityId: string | null): Query<RevisionSummary[]> {
  return useQuery(entityId ? WRITING_KEYS.revisions(entityType, entityId) : null, (api) =>
    api['revision:list']({ entityType, entityId: entityId ?? '' }),
  );
}

/** Puts a changed item into its cached list (or adds it), so lists follow an edit without a reload. */
export function putInList<T extends { id: string }>(cache: QueryCache, key: string, item: T): void {
  const list = cache.get(key).data as T[] | undefined;
  if (!list) return;
  cache.set(key, list.some((x) => x.id === item.id) ? list.map((x) => (x.id === item.id ? item : x)) : [item, ...list]);
}

export interface RoleQuery extends Query<RoleState> {
  role: RoleState['role'];
  pinSet: boolean;
  isTrainer: boolean;
  /** Switches mode; with a PIN set, switching to trainer needs the PIN. */
  switchTo(role: Role, pin?: string): Promise<Result<RoleState>>;
  setPin(pin: string): Promise<Result<RoleState>>;
  clearPin(pin: string): Promise<Result<RoleState>>;
}

/**
 * Who is at the keyboard, from role:state. This is the source of truth (not settings.role): with a PIN set,
 * trainer mode is locked again in every new session even if the settings still say "trainer".
 */
export function useRole(): RoleQuery {
  const api = useApi();
  const cache = useQueryCache();
  const query = useQuery(WRITING_KEYS.role, (a) => a['role:state']({}));

  const apply = useCallback(
    async (result: Result<RoleState>) => {
      if (result.ok) {
        cache.set(WRITING_KEYS.role, result.value);
        // The backend also stores the mode in the settings; reload them so both agree.
        await cache.fetch(CORE_KEYS.settings);
      }
      return result;
    },
    [cache],
  );
  const switchTo = useCallback(
    async (role: Role, pin?: string) => apply(await api['role:switch'](pin ? { role, pin } : { role })),
    [api, apply],
  );
  const setPin = useCallback(async (pin: string) => apply(await api['role:setPin']({ pin })), [api, apply]);
  const clearPin = useCallback(async (pin: string) => apply(await api['role:clearPin']({ pin })), [api, apply]);

  const role = query.data?.role ?? 'ambassador';
  return { ...query, role, pinSet: query.data?.pinSet ?? false, isTrainer: role === 'trainer', switchTo, setPin, clearPin };
}
