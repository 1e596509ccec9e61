import type { Database } from 'better-sqlite3';
import type { InterviewTypeId, TakeMetrics } from '../../../shared/features/rehearsal/schemas';
import type { TrainerFeedback } from '../../../shared/features/rehearsal/hot-seat';

export interface NewHotSeatTake {
  id: string;
  sessionId: string;
  questionId: string;
  position: number;
  targetSeconds: number;
  durationMs: number;
  followUp: string | null;
  recordingMediaId: string | null;
  metrics: TakeMetrics | null;
}

/**
 * The hot seat's writes to the rehearsal tables; reads go through the rehearsal repository, which maps the
 * hot-seat columns (kind, run_by, follow_up, trainer_feedback) along with the rest.
 */
export function createHotSeatRepository(db: Database) {
  const s = {
    insertSession: db.prepare(
      `INSERT INTO rehearsal_session (id, ambassador_id, interview_type, mode, question_ids, kind, run_by, created_at, updated_at)
       VALUES (@id, @ambassadorId, @interviewType, 'set', @questionIds, 'hot-seat', @runBy, @now, @now)`,
    ),
    insertTake: db.prepare(
      `INSERT INTO take (id, session_id, question_id, position, target_seconds, duration_ms, recording_media_id, metrics,
         notes, follow_up, created_at, updated_at)
       VALUES (@id, @sessionId, @questionId, @position, @targetSeconds, @durationMs, @recordingMediaId, @metrics,
         '', @followUp, @now, @now)`,
    ),
    feedback: db.prepare('UPDATE take SET trainer_feedback = @feedback, updated_at = @now WHERE id = @id'),
  };
  return {
    insertSession(input: {
      id: string;
      ambassadorId: string;
      interviewType: InterviewTypeId;
      questionIds: string[];
      runBy: string;
      now: string;
    }): void {
      s.insertSession.run({ ...input, questionIds: JSON.stringify(input.questionIds) });
    },
    insertTake(take: NewHotSeatTake, now: string): void {
      s.insertTake.run({ ...take, metrics: take.metrics ? JSON.stringify(take.metrics) : null, now });
    },
    setFeedback(takeId: string, feedback: TrainerFeedback, now: string): void {
      s.feedback.run({ id: takeId, feedback: JSON.stringify(feedback), now });
    },
  };
}
