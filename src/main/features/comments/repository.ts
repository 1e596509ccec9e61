import type { Database } from 'better-sqlite3';
import type { Comment, CommentTarget } from '../../../shared/features/comments/schemas';
import type { Role } from '../../../shared/features/access/schemas';

interface CommentRow {
  id: string;
  target_type: CommentTarget;
  target_id: string;
  ambassador_id: string;
  field: string;
  author_role: Role;
  author_name: string;
  body: string;
  resolved_at: string | null;
  created_at: string;
  updated_at: string;
}

function toComment(r: CommentRow): Comment {
  return {
    id: r.id,
    targetType: r.target_type,
    targetId: r.target_id,
    ambassadorId: r.ambassador_id,
    field: r.field,
    authorRole: r.author_role,
    authorName: r.author_name,
    body: r.body,
    resolvedAt: r.resolved_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export interface NewCommentRow {
  id: string;
  targetType: CommentTarget;
  targetId: string;
  ambassadorId: string;
  field: string;
  authorRole: Role;
  authorName: string;
  body: string;
}

export function createCommentRepository(db: Database) {
  const s = {
    forTarget: db.prepare<[string, string], CommentRow>(
      'SELECT * FROM comment WHERE target_type = ? AND target_id = ? AND deleted_at IS NULL ORDER BY created_at',
    ),
    open: db.prepare<[], CommentRow>(
      'SELECT * FROM comment WHERE resolved_at IS NULL AND deleted_at IS NULL ORDER BY created_at',
    ),
    get: db.prepare<[string], CommentRow>('SELECT * FROM comment WHERE id = ? AND deleted_at IS NULL'),
    insert: db.prepare(
      `INSERT INTO comment (id, target_type, target_id, ambassador_id, field, author_role, author_name, body, created_at, updated_at)
       VALUES (@id, @targetType, @targetId, @ambassadorId, @field, @authorRole, @authorName, @body, @now, @now)`,
    ),
    resolve: db.prepare('UPDATE comment SET resolved_at = @resolvedAt, updated_at = @now WHERE id = @id'),
    idsForTarget: db.prepare<[string, string], { id: string }>(
      'SELECT id FROM comment WHERE target_type = ? AND target_id = ?',
    ),
    // The body goes with the document: a comment quotes and discusses the very text that was deleted.
    tombstoneTarget: db.prepare(
      `UPDATE comment SET deleted_at = coalesce(deleted_at, @now), updated_at = @now, body = ''
       WHERE target_type = @targetType AND target_id = @targetId`,
    ),
  };
  return {
    forTarget: (type: CommentTarget, id: string) => s.forTarget.all(type, id).map(toComment),
    open: () => s.open.all().map(toComment),
    get(id: string): Comment | undefined {
      const row = s.get.get(id);
      return row ? toComment(row) : undefined;
    },
    insert(row: NewCommentRow, now: string): void {
      s.insert.run({ ...row, now });
    },
    setResolved(id: string, resolvedAt: string | null, now: string): void {
      s.resolve.run({ id, resolvedAt, now });
    },
    /** Tombstones a deleted document's comments with their text blanked; returns their ids (for the search index). */
    removeForTarget(targetType: CommentTarget, targetId: string, now: string): string[] {
      const ids = s.idsForTarget.all(targetType, targetId).map((r) => r.id);
      s.tombstoneTarget.run({ targetType, targetId, now });
      return ids;
    },
  };
}

export type CommentRepository = ReturnType<typeof createCommentRepository>;
