import { useCallback } from 'react';
import type { StudioApi } from '../../../../shared/contract';
import type { SearchResult } from '../../../../shared/features/search/schemas';
import { useApi } from '../../api/ApiProvider';
import { useOpenWork } from '../../app/useOpenWork';

/** Finds which house or quote a comment is on: the review queue first (open comments), then the owner's items. */
async function commentTarget(
  api: StudioApi,
  result: SearchResult,
): Promise<{ type: 'house' | 'quote'; id: string } | null> {
  const queue = await api['review:queue']({});
  const open = queue.ok ? queue.value.comments.find((c) => c.comment.id === result.entityId) : undefined;
  if (open) return { type: open.comment.targetType, id: open.comment.targetId };
  const [houses, quotes] = await Promise.all([
    api['house:list']({ ambassadorId: result.ambassadorId }),
    api['quote:list']({ ambassadorId: result.ambassadorId }),
  ]);
  const targets = [
    ...(houses.ok ? houses.value.map((h) => ({ type: 'house' as const, id: h.id })) : []),
    ...(quotes.ok ? quotes.value.map((q) => ({ type: 'quote' as const, id: q.id })) : []),
  ];
  for (const target of targets) {
    const comments = await api['comment:list']({ targetType: target.type, targetId: target.id });
    if (comments.ok && comments.value.some((c) => c.id === result.entityId)) return target;
  }
  return null;
}

/** Opening a search result: make its ambassador current, open its screen and the item itself. */
export function useOpenSearchResult(): (result: SearchResult) => Promise<void> {
  const api = useApi();
  const openWork = useOpenWork();
  return useCallback(
    async (result: SearchResult) => {
      const target =
        result.entityType === 'comment'
          ? await commentTarget(api, result)
          : { type: result.entityType, id: result.entityId };
      await openWork(result.ambassadorId, target?.type ?? 'house', target?.id ?? null);
    },
    [api, openWork],
  );
}
