import type { commentChannels } from '../../../shared/features/comments/channels';
import { ownerOf, type FeaturePermissions } from '../../backend/permissions';

export const commentPermissions: FeaturePermissions<typeof commentChannels> = {
  'comment:list': {
    allow: {
      owner: ({ targetType, targetId }, { comments }) => ownerOf(() => comments.ownerOfTarget(targetType, targetId)),
    },
  },
  'comment:add': {
    allow: {
      owner: ({ targetType, targetId }, { comments }) => ownerOf(() => comments.ownerOfTarget(targetType, targetId)),
    },
  },
  'comment:resolve': { allow: { owner: ({ id }, { comments }) => ownerOf(() => comments.ownerOfComment(id)) } },
};
