import { z } from 'zod';
import type { TrashKind } from '../../../shared/features/trash/schemas';
import type { RawRow, RowStore, TrashTable } from './rows';
import { TRASH_TABLES } from './rows';

/**
 * What the Trash keeps of each kind: the row itself and what its delete takes away with it (a house's or quote's
 * comments and history, a session's answers). `update` rows stay in their table as tombstones and are written
 * back; `insert` rows (history) are removed by the delete and inserted again.
 */
const cell = z.union([z.string(), z.number(), z.null()]);
export const keptRowSchema = z.strictObject({
  table: z.enum(TRASH_TABLES),
  mode: z.enum(['update', 'insert']),
  row: z.record(z.string(), cell),
});
export type KeptRow = z.infer<typeof keptRowSchema>;
export const payloadSchema = z.strictObject({ rows: z.array(keptRowSchema) });
export type TrashPayload = z.infer<typeof payloadSchema>;

const MAIN_TABLE: Record<TrashKind, TrashTable> = {
  house: 'message_house',
  quote: 'quote',
  question: 'question',
  questionSet: 'question_set',
  session: 'rehearsal_session',
  take: 'take',
  interview: 'interview_request',
};

export const mainTableOf = (kind: TrashKind): TrashTable => MAIN_TABLE[kind];

const updates = (table: TrashTable, rows: RawRow[]): KeptRow[] => rows.map((row) => ({ table, mode: 'update', row }));

/** The rows to keep for one item, read before its delete blanks them. */
export function captureRows(rows: RowStore, kind: TrashKind, id: string): KeptRow[] {
  const main = rows.byId(MAIN_TABLE[kind], id);
  if (!main) return [];
  const kept = updates(MAIN_TABLE[kind], [main]);
  if (kind === 'house' || kind === 'quote') {
    // Comments already deleted before stay deleted; only the live ones go with the document.
    kept.push(
      ...updates(
        'comment',
        rows.where('comment', 'target_type = ? AND target_id = ? AND deleted_at IS NULL', kind, id),
      ),
    );
    const history = rows.where('revision', 'entity_type = ? AND entity_id = ? ORDER BY created_at', kind, id);
    kept.push(...history.map((row): KeptRow => ({ table: 'revision', mode: 'insert', row })));
  }
  if (kind === 'interview') {
    // The delete removes the debrief outright (its words are the most private part); a restore inserts it again.
    const debrief = rows.where('interview_debrief', 'interview_id = ?', id);
    kept.push(...debrief.map((row): KeptRow => ({ table: 'interview_debrief', mode: 'insert', row })));
  }
  if (kind === 'session') {
    kept.push(...updates('take', rows.where('take', 'session_id = ? AND deleted_at IS NULL ORDER BY position', id)));
  }
  return kept;
}

/** The recordings a kept item refers to: they stay stored while it is in the Trash. */
export function recordingsOf(kept: KeptRow[]): string[] {
  return kept
    .filter((k) => k.table === 'take' && typeof k.row.recording_media_id === 'string')
    .map((k) => k.row.recording_media_id as string);
}
