/**
 * The agenda tables: one head row per cohort (day 1's date and the version) and its blocks. Rows are checked
 * against the shared schema on the way out, so a block that does not parse is never shown as if it were fine.
 */
import type { Database } from 'better-sqlite3';
import { exerciseSchema, type AgendaBlock, type BlockFields } from '../../../shared/features/agenda/schemas';

interface HeadRow {
  cohort_id: string;
  start_date: string;
  version: number;
}

interface BlockRow {
  id: string;
  day: number;
  start_minute: number;
  duration_minutes: number;
  title: string;
  exercise: string | null;
  notes: string;
}

export interface AgendaHead {
  cohortId: string;
  startDate: string;
  version: number;
}

function toBlock(row: BlockRow): AgendaBlock {
  const exercise = exerciseSchema.safeParse(row.exercise);
  return {
    id: row.id,
    day: row.day,
    startMinute: row.start_minute,
    durationMinutes: row.duration_minutes,
    title: row.title,
    // The column's CHECK allows only known screens; an unknown one (from a newer app) shows as no link.
    exercise: exercise.success ? exercise.data : null,
    notes: row.notes,
  };
}

export function createAgendaRepository(db: Database) {
  const statements = {
    head: db.prepare<[string], HeadRow>('SELECT cohort_id, start_date, version FROM agenda WHERE cohort_id = ?'),
    insertHead: db.prepare(
      "INSERT INTO agenda (cohort_id, start_date, version, created_at, updated_at) VALUES (@cohortId, '', 1, @now, @now)",
    ),
    bump: db.prepare('UPDATE agenda SET version = version + 1, updated_at = @now WHERE cohort_id = @cohortId'),
    setStartDate: db.prepare('UPDATE agenda SET start_date = @startDate WHERE cohort_id = @cohortId'),
    blocks: db.prepare<[string], BlockRow>(
      `SELECT id, day, start_minute, duration_minutes, title, exercise, notes FROM agenda_block
       WHERE cohort_id = ? ORDER BY day, start_minute, title`,
    ),
    insertBlock: db.prepare(
      `INSERT INTO agenda_block (id, cohort_id, day, start_minute, duration_minutes, title, exercise, notes, created_at, updated_at)
       VALUES (@id, @cohortId, @day, @startMinute, @durationMinutes, @title, @exercise, @notes, @now, @now)`,
    ),
    updateBlock: db.prepare(
      `UPDATE agenda_block SET day = @day, start_minute = @startMinute, duration_minutes = @durationMinutes,
       title = @title, exercise = @exercise, notes = @notes, updated_at = @now WHERE id = @id AND cohort_id = @cohortId`,
    ),
    deleteBlock: db.prepare('DELETE FROM agenda_block WHERE id = ? AND cohort_id = ?'),
    deleteAll: db.prepare('DELETE FROM agenda_block WHERE cohort_id = ?'),
  };

  return {
    head(cohortId: string): AgendaHead | undefined {
      const row = statements.head.get(cohortId);
      return row && { cohortId: row.cohort_id, startDate: row.start_date, version: row.version };
    },
    insertHead(cohortId: string, now: string): void {
      statements.insertHead.run({ cohortId, now });
    },
    /** Every change goes up one version, so an edit based on the old one is refused. */
    bumpVersion(cohortId: string, now: string): void {
      statements.bump.run({ cohortId, now });
    },
    setStartDate(cohortId: string, startDate: string): void {
      statements.setStartDate.run({ cohortId, startDate });
    },
    blocks(cohortId: string): AgendaBlock[] {
      return statements.blocks.all(cohortId).map(toBlock);
    },
    insertBlock(cohortId: string, id: string, fields: BlockFields, now: string): void {
      statements.insertBlock.run({ ...fields, id, cohortId, now });
    },
    updateBlock(cohortId: string, block: AgendaBlock, now: string): void {
      statements.updateBlock.run({ ...block, cohortId, now });
    },
    deleteBlock(cohortId: string, id: string): boolean {
      return statements.deleteBlock.run(id, cohortId).changes > 0;
    },
    deleteAllBlocks(cohortId: string): void {
      statements.deleteAll.run(cohortId);
    },
  };
}

export type AgendaRepository = ReturnType<typeof createAgendaRepository>;
