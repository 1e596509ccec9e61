import type { Comment, CommentTarget, NewComment } from '../../shared/domain/comment';
import { displayName } from '../../shared/domain/ambassador';
import { AppError } from '../../shared/result';
import type { Repositories } from '../db/repositories';
import type { ServiceContext } from './context';
import type { RoleService } from './roles';
import type { SettingsService } from './settings';

export function createCommentService(ctx: ServiceContext, repos: Repositories, roles: RoleService, settings: SettingsService) {
  const { comments, houses, quotes, ambassadors, search } = repos;

  /** The ambassador a target belongs to, or a clear refusal when the target is gone. */
  const ownerOf = (type: CommentTarget, id: string): string => {
    const target = type === 'house' ? houses.get(id) : quotes.get(id);
    if (!target) throw new AppError('NOT_FOUND', `That ${type === 'house' ? 'message house' : 'quote'} was deleted, so it cannot take comments.`);
    return target.ambassadorId;
  };

  const require = (id: string): Comment => {
    const comment = comments.get(id);
    if (!comment) throw new AppError('NOT_FOUND', 'That comment does not exist or was deleted.');
    return comment;
  };

  return {
    list(type: CommentTarget, targetId: string): Comment[] {
      return comments.forTarget(type, targetId);
    },
    open(): Comment[] {
      return comments.open();
    },
    add(input: NewComment): Comment {
      return ctx.db.transaction(() => {
        const ambassadorId = ownerOf(input.targetType, input.targetId);
        const role = roles.current();
        const authorName =
          role === 'trainer'
            ? settings.get().trainerName.trim() || 'Trainer'
            : displayName(ambassadors.get(ambassadorId) ?? { fullName: '', firstName: '', pseudonym: '', nameMode: 'first' });
        const id = ctx.ids();
        comments.insert({ id, ...input, body: input.body.trim(), ambassadorId, authorRole: role, authorName }, ctx.clock.now());
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
