import { z } from 'zod';
import { command, query } from '../../channel';
import { idSchema } from '../../fields';
import { COMMENT_TARGETS, newCommentSchema, type Comment } from './schemas';

export const commentChannels = {
  'comment:list': query<Comment[]>()(z.strictObject({ targetType: z.enum(COMMENT_TARGETS), targetId: idSchema }), [
    'comment',
  ]),
  'comment:add': command<Comment>()(newCommentSchema, ['comment']),
  'comment:resolve': command<Comment>()(z.strictObject({ id: idSchema, resolved: z.boolean() }), ['comment']),
};
