import { createContext, use, useMemo, type ReactNode } from 'react';
import type { Comment, CommentTarget } from '../../../../shared/features/comments/schemas';
import { useComments } from './queries';
import { useAccess } from '../access/queries';

export interface CommentsValue {
  targetType: CommentTarget;
  targetId: string;
  /** Open (unresolved) comments on this house or quote. */
  open: Comment[];
  canComment: boolean;
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
  const { isTrainer } = useAccess();
  const { data } = useComments(targetType, targetId);
  const value = useMemo(
    () => ({ targetType, targetId, open: (data ?? []).filter((c) => c.resolvedAt === null), canComment: isTrainer }),
    [targetType, targetId, data, isTrainer],
  );
  return <CommentsContext value={value}>{children}</CommentsContext>;
}

/** Null outside a CommentsProvider (e.g. a field on a form that is not saved yet), so fields can still render. */
export function useFieldComments(): CommentsValue | null {
  return use(CommentsContext);
}
