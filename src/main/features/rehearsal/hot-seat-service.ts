import {
  MAX_TAKE_SECONDS,
  type InterviewTypeId,
  type RehearsalSession,
  type Take,
  type TakeMetrics,
} from '../../../shared/features/rehearsal/schemas';
import { storeRecording } from './recording';
import type { TrainerRatingInput } from '../../../shared/features/rehearsal/hot-seat';
import { AppError } from '../../../shared/result';
import { createMediaRepository } from '../../db/media';
import type { ServiceContext } from '../../backend/context';
import { createAmbassadorRepository } from '../ambassadors/repository';
import type { QuestionService } from '../question-bank/service';
import { createHotSeatRepository } from './hot-seat-repository';
import { createRehearsalRepository } from './repository';

/** The trainer running the hot seat, as the backend's session knows them (never as the screen claims). */
export interface HotSeatTrainer {
  id: string;
  name: string;
}

export interface StartHotSeatInput {
  ambassadorId: string;
  interviewType: InterviewTypeId;
  deck: Array<{ questionId: string; seconds: number }>;
}

export interface SaveHotSeatTakeInput {
  sessionId: string;
  questionId: string;
  position: number;
  targetSeconds: number;
  durationMs: number;
  followUp?: string;
  recording?: { mime: string; bytes: Uint8Array };
  metrics?: TakeMetrics;
}

/**
 * Hot-seat mock interviews. The session belongs to the ambassador (it is their practice, in their history and
 * their bundles); only a trainer runs it, records its answers and rates them. The permission table lets only
 * trainers in; the service also insists on a trainer, since it signs ratings with the trainer's name.
 */
export function createHotSeatService(ctx: ServiceContext, questions: QuestionService) {
  const rehearsals = ctx.repo(createRehearsalRepository);
  const hotSeat = ctx.repo(createHotSeatRepository);
  const ambassadors = ctx.repo(createAmbassadorRepository);
  const media = ctx.repo(createMediaRepository);

  const requireHotSeatSession = (id: string): RehearsalSession => {
    const session = rehearsals.session(id);
    if (!session) throw new AppError('NOT_FOUND', 'That hot-seat session does not exist or was deleted.');
    if (session.kind !== 'hot-seat')
      throw new AppError('VALIDATION', 'That is an ambassador’s own practice session, not a hot-seat interview.');
    return session;
  };
  const requireTake = (id: string): Take => {
    const take = rehearsals.take(id);
    if (!take) throw new AppError('NOT_FOUND', 'That answer does not exist or was deleted.');
    return take;
  };

  return {
    start(trainer: HotSeatTrainer, input: StartHotSeatInput): RehearsalSession {
      const ambassador = ambassadors.get(input.ambassadorId);
      if (!ambassador || ambassador.archivedAt)
        throw new AppError('NOT_FOUND', 'That ambassador does not exist, or is archived.');
      const available = new Set(questions.active(ambassador.cohortId).map((q) => q.id));
      const missing = input.deck.filter((entry) => !available.has(entry.questionId));
      if (missing.length > 0)
        throw new AppError(
          'VALIDATION',
          `${missing.length === 1 ? 'One question' : `${missing.length} questions`} of the deck is not in this ambassador’s cohort bank, or was retired. Choose the deck again.`,
        );
      const ids = input.deck.map((entry) => entry.questionId);
      if (new Set(ids).size !== ids.length)
        throw new AppError('VALIDATION', 'A question is in the deck twice. Use a follow-up to ask more about it.');
      const id = ctx.ids();
      hotSeat.insertSession({
        id,
        ambassadorId: ambassador.id,
        interviewType: input.interviewType,
        questionIds: ids,
        runBy: trainer.name,
        now: ctx.clock.now(),
      });
      return requireHotSeatSession(id);
    },
    saveTake(input: SaveHotSeatTakeInput): Take {
      return ctx.db.transaction(() => {
        const session = requireHotSeatSession(input.sessionId);
        if (session.finishedAt) throw new AppError('CONFLICT', 'This hot-seat interview has already ended.');
        if (!session.questionIds.includes(input.questionId))
          throw new AppError('VALIDATION', 'That question is not part of this hot-seat deck.');
        if (input.durationMs > MAX_TAKE_SECONDS * 1000 + 5000)
          throw new AppError('TOO_LARGE', `An answer can be at most ${MAX_TAKE_SECONDS / 60} minutes long.`);
        const now = ctx.clock.now();
        const recordingMediaId = storeRecording(media, ctx.ids, input.recording, now);
        const id = ctx.ids();
        hotSeat.insertTake(
          {
            id,
            sessionId: session.id,
            questionId: input.questionId,
            position: input.position,
            targetSeconds: input.targetSeconds,
            durationMs: input.durationMs,
            followUp: input.followUp?.trim() || null,
            recordingMediaId,
            metrics: input.metrics ?? null,
          },
          now,
        );
        return requireTake(id);
      })();
    },
    /** Signs the rating with the trainer's name; rating again replaces it (the latest word counts). */
    rateTake(trainer: HotSeatTrainer, takeId: string, rating: TrainerRatingInput): Take {
      return ctx.db.transaction(() => {
        const take = requireTake(takeId);
        requireHotSeatSession(take.sessionId);
        const now = ctx.clock.now();
        hotSeat.setFeedback(
          takeId,
          { ...rating, comment: rating.comment.trim(), trainerName: trainer.name, ratedAt: now },
          now,
        );
        return requireTake(takeId);
      })();
    },
    /** Whether a session is a hot seat (for the permission table: only trainers write into those). */
    isHotSeat: (sessionId: string): boolean => rehearsals.session(sessionId)?.kind === 'hot-seat',
  };
}

export type HotSeatService = ReturnType<typeof createHotSeatService>;
