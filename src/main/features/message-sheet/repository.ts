import type { Database } from 'better-sqlite3';
import type { SheetConfirmation } from '../../../shared/features/message-sheet/api';
import type { GateKind } from '../../../shared/features/message-sheet/gate';

interface ConfirmationRow {
  id: string;
  ambassador_id: string;
  finding_id: string;
  field: string;
  label: string;
  kind: string;
  value_hash: string;
  text_hash: string;
  confirmed_by: string;
  created_at: string;
}

export interface StoredConfirmation extends SheetConfirmation {
  valueHash: string;
  textHash: string;
}

function toConfirmation(row: ConfirmationRow): StoredConfirmation {
  return {
    id: row.id,
    ambassadorId: row.ambassador_id,
    findingId: row.finding_id,
    field: row.field,
    label: row.label,
    kind: row.kind as GateKind,
    confirmedBy: row.confirmed_by,
    confirmedAt: row.created_at,
    valueHash: row.value_hash,
    textHash: row.text_hash,
  };
}

/** Recorded safeguarding confirmations and cohort logos for message sheets (migration 0040). */
export function createSheetRepository(db: Database) {
  const s = {
    confirmations: db.prepare<[string], ConfirmationRow>(
      'SELECT * FROM sheet_confirmation WHERE ambassador_id = ? AND deleted_at IS NULL ORDER BY created_at, id',
    ),
    confirmation: db.prepare<[string], ConfirmationRow>(
      'SELECT * FROM sheet_confirmation WHERE id = ? AND deleted_at IS NULL',
    ),
    insertConfirmation: db.prepare(
      `INSERT INTO sheet_confirmation (id, ambassador_id, finding_id, field, label, kind, value_hash, text_hash, confirmed_by, created_at, updated_at)
       VALUES (@id, @ambassadorId, @findingId, @field, @label, @kind, @valueHash, @textHash, @confirmedBy, @now, @now)`,
    ),
    revokeConfirmation: db.prepare(
      'UPDATE sheet_confirmation SET deleted_at = @now, updated_at = @now WHERE id = @id AND deleted_at IS NULL',
    ),
    logo: db.prepare<[string], { id: string; media_id: string }>(
      'SELECT id, media_id FROM cohort_logo WHERE cohort_id = ? AND deleted_at IS NULL',
    ),
    insertLogo: db.prepare(
      'INSERT INTO cohort_logo (id, cohort_id, media_id, created_at, updated_at) VALUES (@id, @cohortId, @mediaId, @now, @now)',
    ),
    removeLogo: db.prepare('UPDATE cohort_logo SET deleted_at = @now, updated_at = @now WHERE id = @id'),
  };
  return {
    confirmations(ambassadorId: string): StoredConfirmation[] {
      return s.confirmations.all(ambassadorId).map(toConfirmation);
    },
    confirmation(id: string): StoredConfirmation | undefined {
      const row = s.confirmation.get(id);
      return row ? toConfirmation(row) : undefined;
    },
    insertConfirmation(c: Omit<StoredConfirmation, 'confirmedAt'>, now: string): void {
      s.insertConfirmation.run({ ...c, now });
    },
    revokeConfirmation(id: string, now: string): void {
      s.revokeConfirmation.run({ id, now });
    },
    logo(cohortId: string): { id: string; mediaId: string } | undefined {
      const row = s.logo.get(cohortId);
      return row ? { id: row.id, mediaId: row.media_id } : undefined;
    },
    insertLogo(id: string, cohortId: string, mediaId: string, now: string): void {
      s.insertLogo.run({ id, cohortId, mediaId, now });
    },
    removeLogo(id: string, now: string): void {
      s.removeLogo.run({ id, now });
    },
  };
}

export type SheetRepository = ReturnType<typeof createSheetRepository>;
