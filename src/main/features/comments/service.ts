import type { Comment, CommentTarget, NewComment } from '../../../shared/features/comments/schemas';
import { displayName } from '../../../shared/features/ambassadors/schemas';
import { AppError } from '../../../shared/result';
import { createAmbassadorRepository } from '../ambassadors/repository';
import { createHouseRepository } from '../key-messages/repository';
import { createQuoteRepository } from '../quotes/repository';
import { createSearchRepository } from '../search/repository';
import { createCommentRepository } from './repository';
import type { ServiceContext } from '../../backend/context';

export function createCommentService(ctx: ServiceContext) {
  const comments = ctx.repo(createCommentRepository);
  const houses = ctx.repo(createHouseRepository);
  const quotes = ctx.repo(createQuoteRepository);
  const ambassadors = ctx.repo(createAmbassadorRepository);
  const search = ctx.repo(createSearchRepository);

  /** The ambassador a target belongs to, or a clear refusal when the target is gone. */
  const ownerOf = (type: CommentTarget, id: string): string => {
    const target = type === 'house' ? houses.get(id) : quotes.get(id);
    if (!target)
      throw new AppError(
        'NOT_FOUND',
        `That ${type === 'house' ? 'message house' : 'quote'} was deleted, so it cannot take comments.`,
      );
    return target.ambassadorId;
  };

  const require = (id: string): Comment => {
    const comment = comments.get(id);
    if (!comment) throw new AppError('NOT_FOUND', 'That comment does not exist or was deleted.');
    return comment;
  };

  return {
    /** Whose work a comment is about, for the permission table. */
    ownerOfTarget: ownerOf,
    ownerOfComment: (id: string): string => require(id).ambassadorId,
    list(type: CommentTarget, targetId: string): Comment[] {
      return comments.forTarget(type, targetId);
    },
    open(): Comment[] {
      return comments.open();
    },
    /** `trainerName`: the unlocked trainer writing it, or null when the ambassador writes on their own work. */
    add(input: NewComment, trainerName: string | null): Comment {
      return ctx.db.transaction(() => {
        const ambassadorId = ownerOf(input.targetType, input.targetId);
        const role = trainerName === null ? 'ambassador' : 'trainer';
        const authorName =
          trainerName ??
          displayName(
            ambassadors.get(ambassadorId) ?? { fullName: '', firstName: '', pseudonym: '', nameMode: 'first' },
          );
        const id = ctx.ids();
        comments.insert(
          { id, ...input, body: input.body.trim(), ambassadorId, authorRole: role, authorName },
          ctx.clock.now(),
        );
        search.upsert('comment', id, ambassadorId, `Comment by ${authorName}`, input.body);
        return require(id);
      })();
    },
    setResolved(id: string, resolved: boolean): Comment {
      return ctx.db.transaction(() => {
        const comment = require(id);
        ownerOf(comment.targetType, comment.targetId);
        const now = ctx.clock.now();
        comments.setResolved(id, resolved ? now : null, now);
        return require(id);
      })();
    },
  };
}

export type CommentService = ReturnType<typeof createCommentService>;
