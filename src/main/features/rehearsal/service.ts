import { interviewType } from '../../../shared/features/rehearsal/interview-types';
import { storeRecording } from './recording';
import {
  MAX_TAKE_SECONDS,
  type InterviewTypeId,
  type RehearsalMode,
  type RehearsalSession,
  type SelfRating,
  type Take,
  type TakeMetrics,
} from '../../../shared/features/rehearsal/schemas';
import type { QuestionCategory } from '../../../shared/features/question-bank/schemas';
import { AppError } from '../../../shared/result';
import { isDue, scheduleReview } from '../../../shared/scheduling';
import { createMediaRepository } from '../../db/media';
import { createAmbassadorRepository } from '../ambassadors/repository';
import { createCohortRepository } from '../cohorts/repository';
import { createQuestionRepository } from '../question-bank/repository';
import { createCardRepository } from './card-repository';
import { createRehearsalRepository } from './repository';
import type { ServiceContext } from '../../backend/context';
import { putInTrash } from '../trash/put';
import type { QuestionService } from '../question-bank/service';

export interface StartSessionInput {
  ambassadorId: string;
  interviewType: InterviewTypeId;
  mode: RehearsalMode;
  count: number;
  categories: QuestionCategory[];
  setId?: string;
  /** Exactly these questions, in this order (a real interview request's chosen suggestions); overrides the mode. */
  questionIds?: readonly string[];
}

export interface SaveTakeInput {
  sessionId: string;
  questionId: string;
  position: number;
  durationMs: number;
  recording?: { mime: string; bytes: Uint8Array };
  metrics?: TakeMetrics;
  notes: string;
}

/** Shuffles with the given random source (Fisher-Yates), so tests can fix the order. */
function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export function createRehearsalService(
  ctx: ServiceContext,
  questions: QuestionService,
  random: () => number = Math.random,
) {
  const rehearsals = ctx.repo(createRehearsalRepository);
  const ambassadors = ctx.repo(createAmbassadorRepository);
  const cohorts = ctx.repo(createCohortRepository);
  const media = ctx.repo(createMediaRepository);
  const cards = ctx.repo(createCardRepository);
  const questionStore = ctx.repo(createQuestionRepository);

  const requireAmbassador = (id: string) => {
    const a = ambassadors.get(id);
    if (!a) throw new AppError('NOT_FOUND', 'That ambassador does not exist or was deleted.');
    return a;
  };
  const requireSession = (id: string): RehearsalSession => {
    const s = rehearsals.session(id);
    if (!s) throw new AppError('NOT_FOUND', 'That practice session does not exist or was deleted.');
    return s;
  };
  /** A question's words for a label; retired and deleted questions of the cohort still have theirs. */
  const questionTextOf = (session: RehearsalSession, questionId: string): string => {
    const cohortId = requireAmbassador(session.ambassadorId).cohortId;
    return questions.forCohort(cohortId).find((q) => q.id === questionId)?.text ?? 'a question';
  };
  const requireTake = (id: string): Take => {
    const t = rehearsals.take(id);
    if (!t) throw new AppError('NOT_FOUND', 'That take does not exist or was deleted.');
    return t;
  };
  const mediaDateOf = (ambassadorId: string): string | null => {
    const cohortId = requireAmbassador(ambassadorId).cohortId;
    return (cohortId && cohorts.get(cohortId)?.mediaDate) || null;
  };

  const pickQuestions = (input: StartSessionInput, cohortId: string | null): string[] => {
    const pool = questions
      .active(cohortId)
      .filter((q) => input.categories.length === 0 || input.categories.includes(q.category));
    if (input.questionIds) {
      const active = new Set(questions.active(cohortId).map((q) => q.id));
      if (!input.questionIds.every((id) => active.has(id)))
        throw new AppError('NOT_FOUND', 'One of those questions is no longer in the question bank. Choose again.');
      return [...input.questionIds];
    }
    if (input.mode === 'set') {
      const set = input.setId ? questionStore.getSet(input.setId) : undefined;
      if (!set || set.cohortId !== cohortId)
        throw new AppError('NOT_FOUND', "That trainer's set is not available for this ambassador.");
      const known = new Set(questions.active(cohortId).map((q) => q.id));
      return set.questionIds.filter((id) => known.has(id)).slice(0, input.count);
    }
    if (input.mode === 'random')
      return shuffled(pool, random)
        .slice(0, input.count)
        .map((q) => q.id);
    // Due first (most overdue first), then questions never rehearsed, then the rest by due date.
    const owned = cards.all(input.ambassadorId);
    const now = new Date(ctx.clock.now());
    const due = pool.filter((q) => owned.has(q.id) && isDue(owned.get(q.id)!, now));
    const fresh = shuffled(
      pool.filter((q) => !owned.has(q.id)),
      random,
    );
    const later = pool.filter((q) => owned.has(q.id) && !isDue(owned.get(q.id)!, now));
    const byDue = (a: { id: string }, b: { id: string }) =>
      Date.parse(owned.get(a.id)!.due) - Date.parse(owned.get(b.id)!.due);
    return [...due.sort(byDue), ...fresh, ...later.sort(byDue)].slice(0, input.count).map((q) => q.id);
  };

  return {
    start(input: StartSessionInput): RehearsalSession {
      const ambassador = requireAmbassador(input.ambassadorId);
      const ids = pickQuestions(input, ambassador.cohortId);
      if (ids.length === 0)
        throw new AppError('NOT_FOUND', 'No questions match those choices. Pick more categories or another mode.');
      const id = ctx.ids();
      rehearsals.insertSession(id, input.ambassadorId, input.interviewType, input.mode, ids, ctx.clock.now());
      return requireSession(id);
    },
    get: requireSession,
    /** Whose practice this is, for the permission table. */
    ownerOfSession: (id: string): string => requireSession(id).ambassadorId,
    ownerOfTake: (takeId: string): string => requireSession(requireTake(takeId).sessionId).ambassadorId,
    list: (ambassadorId: string) => rehearsals.sessions(ambassadorId),
    saveTake(input: SaveTakeInput): Take {
      return ctx.db.transaction(() => {
        const session = requireSession(input.sessionId);
        // A hot seat's answers are the trainer's recordings, rated by the trainer: only hotSeat:saveTake adds them.
        if (session.kind === 'hot-seat')
          throw new AppError('FORBIDDEN', 'Answers in a hot-seat interview are recorded by the trainer who runs it.');
        if (!session.questionIds.includes(input.questionId))
          throw new AppError('VALIDATION', 'That question is not part of this session.');
        if (input.durationMs > MAX_TAKE_SECONDS * 1000 + 5000) {
          throw new AppError('TOO_LARGE', `A take can be at most ${MAX_TAKE_SECONDS / 60} minutes long.`);
        }
        const now = ctx.clock.now();
        const recordingMediaId = storeRecording(media, ctx.ids, input.recording, now);
        const id = ctx.ids();
        rehearsals.insertTake(
          {
            id,
            sessionId: session.id,
            questionId: input.questionId,
            position: input.position,
            targetSeconds: interviewType(session.interviewType).answerSeconds,
            durationMs: input.durationMs,
            recordingMediaId,
            metrics: input.metrics ?? null,
            notes: input.notes,
          },
          now,
        );
        return requireTake(id);
      })();
    },
    /**
     * Stores the self-rating and schedules the question's next rehearsal with FSRS. Changing the checks or the
     * confidence of a graded take keeps its grade: that is the same practice, so it is not scheduled again.
     */
    rateTake(takeId: string, rating: SelfRating): Take {
      return ctx.db.transaction(() => {
        const take = requireTake(takeId);
        const session = requireSession(take.sessionId);
        const now = ctx.clock.now();
        rehearsals.rateTake(takeId, rating, now);
        if (take.rating?.grade === rating.grade) return requireTake(takeId);
        const previous = cards.get(session.ambassadorId, take.questionId);
        const next = scheduleReview(previous, rating.grade, new Date(now), mediaDateOf(session.ambassadorId));
        cards.save(ctx.ids(), session.ambassadorId, take.questionId, next, now);
        return requireTake(takeId);
      })();
    },
    noteTake(takeId: string, notes: string): Take {
      requireTake(takeId);
      rehearsals.noteTake(takeId, notes, ctx.clock.now());
      return requireTake(takeId);
    },
    finish(sessionId: string): RehearsalSession {
      requireSession(sessionId);
      rehearsals.finish(sessionId, ctx.clock.now());
      return requireSession(sessionId);
    },
    recording(takeId: string): { mime: string; bytes: Uint8Array } | null {
      requireTake(takeId);
      const mediaId = rehearsals.recordingId(takeId);
      const stored = mediaId ? media.get(mediaId) : undefined;
      return stored ? { mime: stored.mime, bytes: stored.bytes } : null;
    },
    /**
     * Moves the answer to the Trash; answers the Trash entry's id, for "Undo". Its recording stays stored while
     * it is in the Trash (the Trash removes it when emptied or after 30 days).
     */
    deleteTake(takeId: string, deletedBy: string): string {
      return ctx.db.transaction(() => {
        const take = requireTake(takeId);
        const session = requireSession(take.sessionId);
        const trashId = putInTrash(ctx, {
          kind: 'take',
          id: takeId,
          ambassadorId: session.ambassadorId,
          cohortId: requireAmbassador(session.ambassadorId).cohortId,
          label: `Answer to “${questionTextOf(session, take.questionId)}”`,
          deletedBy,
        });
        rehearsals.deleteTake(takeId, ctx.clock.now());
        return trashId;
      })();
    },
    /** Moves the session and its answers to the Trash, as one item. */
    deleteSession(sessionId: string, deletedBy: string): string {
      return ctx.db.transaction(() => {
        const session = requireSession(sessionId);
        const now = ctx.clock.now();
        const day = new Date(session.createdAt).toLocaleDateString(undefined, { dateStyle: 'medium' });
        const answers = session.takes.length === 1 ? '1 answer' : `${session.takes.length} answers`;
        const trashId = putInTrash(ctx, {
          kind: 'session',
          id: sessionId,
          ambassadorId: session.ambassadorId,
          cohortId: requireAmbassador(session.ambassadorId).cohortId,
          label: `Practice session of ${day}, ${answers}`,
          deletedBy,
        });
        for (const take of session.takes) rehearsals.deleteTake(take.id, now);
        rehearsals.deleteSession(sessionId, now);
        return trashId;
      })();
    },
    /** Questions whose next rehearsal is due now, for the "due today" count on Home. */
    dueCount(ambassadorId: string): number {
      const ambassador = requireAmbassador(ambassadorId);
      const active = new Set(questions.active(ambassador.cohortId).map((q) => q.id));
      const now = new Date(ctx.clock.now());
      let count = 0;
      for (const [questionId, card] of cards.all(ambassadorId))
        if (active.has(questionId) && isDue(card, now)) count += 1;
      return count;
    },
  };
}

export type RehearsalService = ReturnType<typeof createRehearsalService>;
