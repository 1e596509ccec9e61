import { createContext, use, useCallback, useMemo, type ReactNode } from 'react';
import type { Comment, CommentTarget } from '../../../../shared/features/comments/schemas';
import { useApi } from '../../api/ApiProvider';
import { useInvalidate } from '../../api/hooks';
import { COMMENT_DATA, useComments, useRole } from '../../api/hooks-writing';
import type { Result } from '../../api/result';

export interface CommentsValue {
  /** Open (unresolved) comments on this house or quote. */
  open: Comment[];
  canComment: boolean;
  add(field: string, body: string): Promise<Result<Comment>>;
  resolve(id: string): Promise<Result<Comment>>;
}

const CommentsContext = createContext<CommentsValue | null>(null);

/** Comments on one house or quote, for every field inside it. Trainers add them; anyone can resolve them. */
export function CommentsProvider({
  targetType,
  targetId,
  children,
}: {
  targetType: CommentTarget;
  targetId: string;
  children: ReactNode;
}) {
  const api = useApi();
  const invalidate = useInvalidate();
  const { isTrainer } = useRole();
  const { data } = useComments(targetType, targetId);

  const add = useCallback(
    async (field: string, body: string) => {
      const result = await api['comment:add']({ targetType, targetId, field, body });
      if (result.ok) await invalidate(...COMMENT_DATA);
      return result;
    },
    [api, invalidate, targetType, targetId],
  );
  const resolve = useCallback(
    async (id: string) => {
      const result = await api['comment:resolve']({ id, resolved: true });
      if (result.ok) await invalidate(...COMMENT_DATA);
      return result;
    },
    [api, invalidate],
  );
  const value = useMemo(
    () => ({ open: (data ?? []).filter((c) => c.resolvedAt === null), canComment: isTrainer, add, resolve }),
    [data, isTrainer, add, resolve],
  );
  return <CommentsContext value={value}>{children}</CommentsContext>;
}

/** Null outside a CommentsProvider (e.g. a field on a form that is not saved yet), so fields can still render. */
export function useFieldComments(): CommentsValue | null {
  return use(CommentsContext);
}
