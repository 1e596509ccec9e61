import type { Comment, CommentTarget } from '../../../../shared/features/comments/schemas';
import { useChannelQuery, type ChannelQuery } from '../../api/channel-query';

export function useComments(targetType: CommentTarget, targetId: string | null): ChannelQuery<Comment[]> {
  return useChannelQuery('comment:list', targetId ? { targetType, targetId } : null);
}
