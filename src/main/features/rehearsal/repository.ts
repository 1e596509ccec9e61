import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import {
  selfRatingSchema,
  takeMetricsSchema,
  type InterviewTypeId,
  type RehearsalMode,
  type RehearsalSession,
  type SelfRating,
  type Take,
  type TakeMetrics,
} from '../../../shared/features/rehearsal/schemas';
import {
  trainerFeedbackSchema,
  type SessionKind,
  type TrainerFeedback,
} from '../../../shared/features/rehearsal/hot-seat';
import { readJson } from '../../db/json-column';

interface SessionRow {
  id: string;
  ambassador_id: string;
  interview_type: InterviewTypeId;
  mode: RehearsalMode;
  question_ids: string;
  finished_at: string | null;
  kind: SessionKind;
  run_by: string | null;
  created_at: string;
  updated_at: string;
}

interface TakeRow {
  id: string;
  session_id: string;
  question_id: string;
  position: number;
  target_seconds: number;
  duration_ms: number;
  recording_media_id: string | null;
  recording_mime: string | null;
  metrics: string | null;
  rating: string | null;
  notes: string;
  follow_up: string | null;
  trainer_feedback: string | null;
  created_at: string;
  updated_at: string;
}

const idList = z.array(z.string());
const TAKE_COLUMNS = `t.id, t.session_id, t.question_id, t.position, t.target_seconds, t.duration_ms, t.recording_media_id,
  m.mime AS recording_mime, t.metrics, t.rating, t.notes, t.follow_up, t.trainer_feedback, t.created_at, t.updated_at`;

function toTake(r: TakeRow): Take {
  return {
    id: r.id,
    sessionId: r.session_id,
    questionId: r.question_id,
    position: r.position,
    targetSeconds: r.target_seconds,
    durationMs: r.duration_ms,
    hasRecording: r.recording_media_id !== null,
    recordingMime: r.recording_mime,
    metrics: r.metrics ? readJson<TakeMetrics | null>(r.metrics, takeMetricsSchema, null) : null,
    rating: r.rating ? readJson<SelfRating | null>(r.rating, selfRatingSchema, null) : null,
    notes: r.notes,
    followUp: r.follow_up,
    trainerFeedback: r.trainer_feedback
      ? readJson<TrainerFeedback | null>(r.trainer_feedback, trainerFeedbackSchema, null)
      : null,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export interface NewTake {
  id: string;
  sessionId: string;
  questionId: string;
  position: number;
  targetSeconds: number;
  durationMs: number;
  recordingMediaId: string | null;
  metrics: TakeMetrics | null;
  notes: string;
}

export function createRehearsalRepository(db: Database) {
  const s = {
    sessions: db.prepare<[string, number], SessionRow>(
      'SELECT * FROM rehearsal_session WHERE ambassador_id = ? AND deleted_at IS NULL ORDER BY created_at DESC LIMIT ?',
    ),
    session: db.prepare<[string], SessionRow>('SELECT * FROM rehearsal_session WHERE id = ? AND deleted_at IS NULL'),
    insertSession: db.prepare(
      `INSERT INTO rehearsal_session (id, ambassador_id, interview_type, mode, question_ids, created_at, updated_at)
       VALUES (@id, @ambassadorId, @interviewType, @mode, @questionIds, @now, @now)`,
    ),
    finish: db.prepare('UPDATE rehearsal_session SET finished_at = @now, updated_at = @now WHERE id = @id'),
    deleteSession: db.prepare('UPDATE rehearsal_session SET deleted_at = @now, updated_at = @now WHERE id = @id'),
    takes: db.prepare<[string], TakeRow>(
      `SELECT ${TAKE_COLUMNS} FROM take t LEFT JOIN media m ON m.id = t.recording_media_id
       WHERE t.session_id = ? AND t.deleted_at IS NULL ORDER BY t.position, t.created_at`,
    ),
    take: db.prepare<[string], TakeRow>(
      `SELECT ${TAKE_COLUMNS} FROM take t LEFT JOIN media m ON m.id = t.recording_media_id WHERE t.id = ? AND t.deleted_at IS NULL`,
    ),
    insertTake: db.prepare(
      `INSERT INTO take (id, session_id, question_id, position, target_seconds, duration_ms, recording_media_id, metrics, notes, created_at, updated_at)
       VALUES (@id, @sessionId, @questionId, @position, @targetSeconds, @durationMs, @recordingMediaId, @metrics, @notes, @now, @now)`,
    ),
    rateTake: db.prepare('UPDATE take SET rating = @rating, updated_at = @now WHERE id = @id'),
    noteTake: db.prepare('UPDATE take SET notes = @notes, updated_at = @now WHERE id = @id'),
    // A deleted answer keeps no words here (the Trash keeps its own copy, and its recording); the row stays as a tombstone.
    deleteTake: db.prepare(
      `UPDATE take SET deleted_at = @now, updated_at = @now, recording_media_id = NULL, metrics = NULL, rating = NULL,
       notes = '' WHERE id = @id`,
    ),
    recordingId: db.prepare<[string], { recording_media_id: string | null }>(
      'SELECT recording_media_id FROM take WHERE id = ?',
    ),
  };

  const toSession = (r: SessionRow): RehearsalSession => ({
    id: r.id,
    ambassadorId: r.ambassador_id,
    interviewType: r.interview_type,
    mode: r.mode,
    questionIds: readJson(r.question_ids, idList, []),
    finishedAt: r.finished_at,
    kind: r.kind,
    runBy: r.run_by,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    takes: s.takes.all(r.id).map(toTake),
  });

  return {
    sessions: (ambassadorId: string, limit = 200) => s.sessions.all(ambassadorId, limit).map(toSession),
    session(id: string): RehearsalSession | undefined {
      const row = s.session.get(id);
      return row ? toSession(row) : undefined;
    },
    insertSession(
      id: string,
      ambassadorId: string,
      interviewType: InterviewTypeId,
      mode: RehearsalMode,
      questionIds: string[],
      now: string,
    ) {
      s.insertSession.run({ id, ambassadorId, interviewType, mode, questionIds: JSON.stringify(questionIds), now });
    },
    finish: (id: string, now: string) => s.finish.run({ id, now }),
    deleteSession: (id: string, now: string) => s.deleteSession.run({ id, now }),
    take(id: string): Take | undefined {
      const row = s.take.get(id);
      return row ? toTake(row) : undefined;
    },
    insertTake(t: NewTake, now: string): void {
      s.insertTake.run({ ...t, metrics: t.metrics ? JSON.stringify(t.metrics) : null, now });
    },
    rateTake: (id: string, rating: SelfRating, now: string) =>
      s.rateTake.run({ id, rating: JSON.stringify(rating), now }),
    noteTake: (id: string, notes: string, now: string) => s.noteTake.run({ id, notes, now }),
    recordingId: (takeId: string) => s.recordingId.get(takeId)?.recording_media_id ?? null,
    deleteTake: (id: string, now: string) => s.deleteTake.run({ id, now }),
  };
}

export type RehearsalRepository = ReturnType<typeof createRehearsalRepository>;
