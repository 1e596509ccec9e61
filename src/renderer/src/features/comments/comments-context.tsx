import { createContext, use, useCallback, useMemo, type ReactNode } from 'react';
import type { Comment, CommentTarget } from '../../../../shared/features/comments/schemas';
import { useApi } from '../../api/ApiProvider';
import type { Result } from '../../api/result';
import { useComments } from './queries';
import { useRole } from '../trainer-mode/queries';

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
  const { isTrainer } = useRole();
  const { data } = useComments(targetType, targetId);

  const add = useCallback(
    (field: string, body: string) => api['comment:add']({ targetType, targetId, field, body }),
    [api, targetType, targetId],
  );
  const resolve = useCallback((id: string) => api['comment:resolve']({ id, resolved: true }), [api]);
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
