import { z } from 'zod';
import { idSchema, text, type Timestamps } from '../../fields';
import type { Role } from '../access/schemas';

export const COMMENT_LIMIT = 2000;
export const COMMENT_TARGETS = ['house', 'quote'] as const;
export type CommentTarget = (typeof COMMENT_TARGETS)[number];

export const commentFieldSchema = z
  .string()
  .max(80)
  .regex(/^[A-Za-z][A-Za-z0-9.]*$/, { message: 'Unknown field' });

export const newCommentSchema = z.strictObject({
  targetType: z.enum(COMMENT_TARGETS),
  targetId: idSchema,
  field: commentFieldSchema,
  body: text(COMMENT_LIMIT, 'Comment').refine((v) => v.trim().length > 0, { message: 'Write a comment first' }),
});
export type NewComment = z.infer<typeof newCommentSchema>;

export interface Comment extends Timestamps {
  id: string;
  targetType: CommentTarget;
  targetId: string;
  ambassadorId: string;
  field: string;
  authorRole: Role;
  authorName: string;
  body: string;
  resolvedAt: string | null;
}
