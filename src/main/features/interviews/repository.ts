import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { textList } from '../../../shared/fields';
import {
  debriefFieldsSchema,
  interviewFieldsSchema,
  type DebriefFields,
  type InterviewFields,
} from '../../../shared/features/interviews/schemas';
import type { DamagedColumn } from '../../../shared/features/repair/schemas';
import { readJsonColumn, repairMark } from '../../db/json-column';

interface RequestRow {
  id: string;
  ambassador_id: string;
  outlet: string;
  journalist: string;
  angle: string;
  others_interviewed: string;
  deadline: string;
  broadcast: string;
  format: string;
  length_minutes: number;
  interview_date: string;
  runs_on: string;
  name_mode: string;
  photo: string;
  off_limits: string;
  legal_check: string;
  notes: string;
  created_at: string;
  updated_at: string;
}

interface DebriefRow {
  interview_id: string;
  went_well: string;
  was_hard: string;
  feeling: string;
  wants_follow_up: number;
  share_with_trainer: number;
  filed_at: string;
}

/** A request as stored, before the service adds its debrief (and the permission table decides what is shown). */
export interface StoredInterview extends InterviewFields {
  id: string;
  ambassadorId: string;
  createdAt: string;
  updatedAt: string;
  needsRepair?: { columns: DamagedColumn[] };
}

export interface StoredDebrief extends DebriefFields {
  filedAt: string;
}

const offLimitsSchema = textList('Topics off limits');

/** The safe value each scalar falls back to when a stored one no longer passes its schema (a hand edit). */
const FALLBACK: Omit<InterviewFields, 'offLimits'> = {
  outlet: '',
  journalist: '',
  angle: '',
  othersInterviewed: '',
  deadline: '',
  broadcast: 'not-sure',
  format: 'print',
  lengthMinutes: 0,
  interviewDate: '',
  runsOn: '',
  nameMode: 'first',
  photo: 'not-asked',
  legalCheck: 'not-yet',
  notes: '',
};

function scalar<K extends keyof typeof FALLBACK>(key: K, value: unknown): InterviewFields[K] {
  const parsed = interviewFieldsSchema.shape[key].safeParse(value);
  return (parsed.success ? parsed.data : FALLBACK[key]) as InterviewFields[K];
}

function toInterview(row: RequestRow): StoredInterview {
  const damaged: DamagedColumn[] = [];
  return {
    id: row.id,
    ambassadorId: row.ambassador_id,
    outlet: scalar('outlet', row.outlet),
    journalist: scalar('journalist', row.journalist),
    angle: scalar('angle', row.angle),
    othersInterviewed: scalar('othersInterviewed', row.others_interviewed),
    deadline: scalar('deadline', row.deadline),
    broadcast: scalar('broadcast', row.broadcast),
    format: scalar('format', row.format),
    lengthMinutes: scalar('lengthMinutes', row.length_minutes),
    interviewDate: scalar('interviewDate', row.interview_date),
    runsOn: scalar('runsOn', row.runs_on),
    nameMode: scalar('nameMode', row.name_mode),
    photo: scalar('photo', row.photo),
    offLimits: readJsonColumn('off_limits', row.off_limits, offLimitsSchema, [], damaged),
    legalCheck: scalar('legalCheck', row.legal_check),
    notes: scalar('notes', row.notes),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    ...repairMark(damaged),
  };
}

const feelingOf = (value: string) => debriefFieldsSchema.shape.feeling.catch('okay').parse(value);

function toDebrief(row: DebriefRow): StoredDebrief {
  return {
    wentWell: row.went_well,
    wasHard: row.was_hard,
    feeling: feelingOf(row.feeling),
    wantsFollowUp: row.wants_follow_up === 1,
    shareWithTrainer: row.share_with_trainer === 1,
    filedAt: row.filed_at,
  };
}

function columnsOf(fields: InterviewFields) {
  return {
    outlet: fields.outlet,
    journalist: fields.journalist,
    angle: fields.angle,
    othersInterviewed: fields.othersInterviewed,
    deadline: fields.deadline,
    broadcast: fields.broadcast,
    format: fields.format,
    lengthMinutes: fields.lengthMinutes,
    interviewDate: fields.interviewDate,
    runsOn: fields.runsOn,
    nameMode: fields.nameMode,
    photo: fields.photo,
    offLimits: JSON.stringify(fields.offLimits),
    legalCheck: fields.legalCheck,
    notes: fields.notes,
  };
}

const COLUMNS = `outlet = @outlet, journalist = @journalist, angle = @angle, others_interviewed = @othersInterviewed,
  deadline = @deadline, broadcast = @broadcast, format = @format, length_minutes = @lengthMinutes,
  interview_date = @interviewDate, runs_on = @runsOn, name_mode = @nameMode, photo = @photo,
  off_limits = @offLimits, legal_check = @legalCheck, notes = @notes`;

export const followUpRowSchema = z.object({
  interview_id: z.string(),
  ambassador_id: z.string(),
  interview_date: z.string(),
  filed_at: z.string(),
});

export function createInterviewRepository(db: Database) {
  const s = {
    byAmbassador: db.prepare<[string], RequestRow>(
      'SELECT * FROM interview_request WHERE ambassador_id = ? AND deleted_at IS NULL',
    ),
    get: db.prepare<[string], RequestRow>('SELECT * FROM interview_request WHERE id = ? AND deleted_at IS NULL'),
    insert: db.prepare(
      `INSERT INTO interview_request (id, ambassador_id, outlet, broadcast, format, name_mode, photo, legal_check,
         created_at, updated_at) VALUES (@id, @ambassadorId, '', 'not-sure', 'print', 'first', 'not-asked', 'not-yet', @now, @now)`,
    ),
    update: db.prepare(`UPDATE interview_request SET ${COLUMNS}, updated_at = @now WHERE id = @id`),
    // The Trash keeps the only copy of a deleted request: the row stays as a tombstone with no words in it.
    tombstone: db.prepare(
      `UPDATE interview_request SET outlet = '', journalist = '', angle = '', others_interviewed = '',
         off_limits = '[]', notes = '', deleted_at = @now, updated_at = @now WHERE id = @id`,
    ),
    debrief: db.prepare<[string], DebriefRow>('SELECT * FROM interview_debrief WHERE interview_id = ?'),
    saveDebrief: db.prepare(
      `INSERT INTO interview_debrief (interview_id, ambassador_id, went_well, was_hard, feeling, wants_follow_up,
         share_with_trainer, filed_at, updated_at)
       VALUES (@id, @ambassadorId, @wentWell, @wasHard, @feeling, @wantsFollowUp, @share, @now, @now)
       ON CONFLICT (interview_id) DO UPDATE SET went_well = excluded.went_well, was_hard = excluded.was_hard,
         feeling = excluded.feeling, wants_follow_up = excluded.wants_follow_up,
         share_with_trainer = excluded.share_with_trainer, updated_at = excluded.updated_at`,
    ),
    removeDebrief: db.prepare('DELETE FROM interview_debrief WHERE interview_id = ?'),
    // Only what a trainer may know: who, which request, when. No text column is read.
    followUps: db.prepare<[string], unknown>(
      `SELECT d.interview_id, d.ambassador_id, r.interview_date, d.filed_at
       FROM interview_debrief d
       JOIN interview_request r ON r.id = d.interview_id AND r.deleted_at IS NULL
       JOIN ambassador a ON a.id = d.ambassador_id AND a.deleted_at IS NULL
       WHERE d.wants_follow_up = 1 AND a.cohort_id = ?
       ORDER BY d.filed_at DESC`,
    ),
  };
  return {
    listByAmbassador: (ambassadorId: string) => s.byAmbassador.all(ambassadorId).map(toInterview),
    get(id: string): StoredInterview | undefined {
      const row = s.get.get(id);
      return row ? toInterview(row) : undefined;
    },
    insert(id: string, ambassadorId: string, fields: InterviewFields, now: string): void {
      s.insert.run({ id, ambassadorId, now });
      s.update.run({ ...columnsOf(fields), id, now });
    },
    update(id: string, fields: InterviewFields, now: string): void {
      s.update.run({ ...columnsOf(fields), id, now });
    },
    remove(id: string, now: string): void {
      s.removeDebrief.run(id);
      s.tombstone.run({ id, now });
    },
    debrief(id: string): StoredDebrief | null {
      const row = s.debrief.get(id);
      return row ? toDebrief(row) : null;
    },
    saveDebrief(id: string, ambassadorId: string, debrief: DebriefFields, now: string): void {
      s.saveDebrief.run({
        id,
        ambassadorId,
        wentWell: debrief.wentWell,
        wasHard: debrief.wasHard,
        feeling: debrief.feeling,
        wantsFollowUp: debrief.wantsFollowUp ? 1 : 0,
        share: debrief.shareWithTrainer ? 1 : 0,
        now,
      });
    },
    followUps: (cohortId: string) => s.followUps.all(cohortId).map((row) => followUpRowSchema.parse(row)),
  };
}

export type InterviewRepository = ReturnType<typeof createInterviewRepository>;
