import { buildPlan } from '../../../shared/features/plan/plan';
import type { PlanInterview, StudyPlan } from '../../../shared/features/plan/schemas';
import type { InterviewTypeId, RehearsalSession } from '../../../shared/features/rehearsal/schemas';
import { AppError } from '../../../shared/result';
import type { ServiceContext } from '../../backend/context';
import { createAmbassadorRepository } from '../ambassadors/repository';
import { createCohortRepository } from '../cohorts/repository';
import type { QuestionService } from '../question-bank/service';
import { createCardRepository } from '../rehearsal/card-repository';
import { createRehearsalRepository } from '../rehearsal/repository';
import type { RehearsalService } from '../rehearsal/service';
import { createTakeCountRepository } from '../rehearsal/take-count-repository';

export interface PlanDeps {
  questions: QuestionService;
  rehearsal: RehearsalService;
  /** The ambassador's interview requests; only their date and outlet matter to the plan. */
  interviews: {
    list(ambassadorId: string): ReadonlyArray<{ interviewDate: string; outlet: string; format: InterviewTypeId }>;
  };
  /**
   * The laptop's time zone: "today" and the media day are days on the ambassador's wall calendar, and the backend
   * runs on the same laptop as the screen (Electron and browser mode alike). Tests pass one.
   */
  timeZone?: string;
}

export function createPlanService(ctx: ServiceContext, deps: PlanDeps) {
  const ambassadors = ctx.repo(createAmbassadorRepository);
  const cohorts = ctx.repo(createCohortRepository);
  const cards = ctx.repo(createCardRepository);
  const takeCounts = ctx.repo(createTakeCountRepository);
  const sessions = ctx.repo(createRehearsalRepository);
  const timeZone = deps.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;

  const get = (ambassadorId: string): StudyPlan => {
    const ambassador = ambassadors.get(ambassadorId);
    if (!ambassador) throw new AppError('NOT_FOUND', 'That ambassador does not exist or was deleted.');
    const cohort = ambassador.cohortId ? cohorts.get(ambassador.cohortId) : undefined;
    // The same questions a "due" practice session picks from: the bank and the cohort's own, less retired ones.
    const questions = deps.questions.active(ambassador.cohortId);
    const interviews: PlanInterview[] = deps.interviews
      .list(ambassadorId)
      .map((request) => ({ date: request.interviewDate, outlet: request.outlet, format: request.format }));
    return buildPlan({
      now: new Date(ctx.clock.now()),
      timeZone,
      mediaDate: cohort?.mediaDate ?? '',
      questions,
      cards: cards.all(ambassadorId),
      takeCounts: takeCounts.perQuestion(ambassadorId),
      interviews,
    });
  };

  return {
    get,
    /** Starts a "due" practice session of today's questions exactly as the plan lists them. */
    rehearseToday(ambassadorId: string, interviewType: InterviewTypeId): RehearsalSession {
      const today = get(ambassadorId).days[0]!;
      if (today.items.length === 0)
        throw new AppError('NOT_FOUND', 'Nothing is planned for today. Practise new questions from the Practise tab.');
      const id = ctx.ids();
      const questionIds = today.items.map((item) => item.questionId);
      sessions.insertSession(id, ambassadorId, interviewType, 'due', questionIds, ctx.clock.now());
      return deps.rehearsal.get(id);
    },
  };
}

export type PlanService = ReturnType<typeof createPlanService>;
