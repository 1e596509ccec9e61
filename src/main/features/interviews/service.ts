import {
  type DebriefFields,
  type FollowUpRequest,
  type InterviewFields,
  type InterviewRequest,
  type SuggestedQuestion,
} from '../../../shared/features/interviews/schemas';
import { publicName } from '../../../shared/features/ambassadors/schemas';
import type { RehearsalSession } from '../../../shared/features/rehearsal/schemas';
import { AppError } from '../../../shared/result';
import type { ServiceContext } from '../../backend/context';
import { flushWal } from '../../db/scrub';
import { createAmbassadorRepository } from '../ambassadors/repository';
import type { QuestionService } from '../question-bank/service';
import type { createRehearsalService } from '../rehearsal/service';
import { putInTrash } from '../trash/put';
import { createInterviewRepository, type StoredInterview } from './repository';
import { orderForList, tidyFields } from './rules';
import { suggestQuestions } from './suggest';
import { localDay } from '../../../shared/features/plan/days';

type RehearsalService = ReturnType<typeof createRehearsalService>;

export function createInterviewService(
  ctx: ServiceContext,
  deps: {
    questions: QuestionService;
    rehearsal: RehearsalService;
    /** The laptop's time zone unless a test names one: "today" is the person's calendar day, as on the screen. */
    timeZone?: string;
  },
) {
  const interviews = ctx.repo(createInterviewRepository);
  const ambassadors = ctx.repo(createAmbassadorRepository);
  const timeZone = deps.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  // The local day, not the UTC one: near midnight they differ, and the debrief opens on the interview day as shown.
  const today = () => localDay(new Date(ctx.clock.now()), timeZone);

  const requireAmbassador = (id: string) => {
    const ambassador = ambassadors.get(id);
    if (!ambassador) throw new AppError('NOT_FOUND', 'That ambassador does not exist or was deleted.');
    return ambassador;
  };
  const requireStored = (id: string): StoredInterview => {
    const stored = interviews.get(id);
    if (!stored) throw new AppError('NOT_FOUND', 'That interview request does not exist or was deleted.');
    return stored;
  };
  /** The request with its debrief as stored; the permission table decides what a trainer sees of it. */
  const withDebrief = (stored: StoredInterview): InterviewRequest => {
    const debrief = interviews.debrief(stored.id);
    return { ...stored, debrief: debrief ? { ...debrief, withheld: false } : null };
  };
  const require = (id: string): InterviewRequest => withDebrief(requireStored(id));

  return {
    /** Soonest interview first, then undated requests (newest first), then past ones (most recent first). */
    list(ambassadorId: string): InterviewRequest[] {
      requireAmbassador(ambassadorId);
      return orderForList(interviews.listByAmbassador(ambassadorId), today()).map(withDebrief);
    },
    get: require,
    ownerOf: (id: string): string => requireStored(id).ambassadorId,
    create(ambassadorId: string, fields: InterviewFields): InterviewRequest {
      requireAmbassador(ambassadorId);
      const tidy = tidyFields(fields);
      const id = ctx.ids();
      ctx.db.transaction(() => interviews.insert(id, ambassadorId, tidy, ctx.clock.now()))();
      return require(id);
    },
    update(id: string, fields: InterviewFields): InterviewRequest {
      return ctx.db.transaction(() => {
        // A damaged topics list is not refused here (the Repair screen does not know requests): the form shows
        // what could be read, and saving it is the person choosing that.
        requireStored(id);
        interviews.update(id, tidyFields(fields), ctx.clock.now());
        return require(id);
      })();
    },
    /** Moves the request and its debrief to the Trash; answers the Trash entry's id, for "Undo". */
    remove(id: string, deletedBy: string): string {
      const trashId = ctx.db.transaction(() => {
        const current = requireStored(id);
        const kept = putInTrash(ctx, {
          kind: 'interview',
          id,
          ambassadorId: current.ambassadorId,
          cohortId: ambassadors.get(current.ambassadorId)?.cohortId ?? null,
          label: current.journalist ? `${current.outlet}, ${current.journalist}` : current.outlet,
          deletedBy,
        });
        interviews.remove(id, ctx.clock.now());
        return kept;
      })();
      // The debrief's words were deleted from the table: leave none of them in the WAL either.
      flushWal(ctx.db);
      return trashId;
    },
    suggest(id: string, count: number): SuggestedQuestion[] {
      const request = requireStored(id);
      const ambassador = requireAmbassador(request.ambassadorId);
      return suggestQuestions({
        request,
        declinedTopics: ambassador.topicsDeclined,
        bank: deps.questions.active(ambassador.cohortId),
        count,
      });
    },
    rehearse(id: string, questionIds: readonly string[]): RehearsalSession {
      const request = requireStored(id);
      return deps.rehearsal.start({
        ambassadorId: request.ambassadorId,
        interviewType: request.format,
        mode: 'set',
        count: questionIds.length,
        categories: [],
        questionIds: [...new Set(questionIds)],
      });
    },
    /**
     * Files (or corrects) the debrief once the interview day has come. `byTrainer`: a trainer may file one with
     * the ambassador, but never overwrites one the ambassador kept to herself (the trainer has not seen it).
     */
    saveDebrief(id: string, debrief: DebriefFields, byTrainer: boolean): InterviewRequest {
      return ctx.db.transaction(() => {
        const request = requireStored(id);
        if (request.interviewDate && request.interviewDate > today()) {
          throw new AppError('CONFLICT', 'The debrief is for after the interview: come back once it has happened.');
        }
        const existing = interviews.debrief(id);
        if (byTrainer && existing && !existing.shareWithTrainer) {
          throw new AppError(
            'CONFLICT',
            'This debrief is private to the ambassador, so only they can change it. Lock trainer mode first.',
          );
        }
        interviews.saveDebrief(id, request.ambassadorId, debrief, ctx.clock.now());
        return require(id);
      })();
    },
    /** Who in the cohort asked for a follow-up after an interview: names and dates, never the debrief. */
    followUps(cohortId: string): FollowUpRequest[] {
      return interviews.followUps(cohortId).flatMap((row) => {
        const person = ambassadors.get(row.ambassador_id);
        if (!person) return [];
        return [
          {
            interviewId: row.interview_id,
            ambassadorId: row.ambassador_id,
            publicName: publicName(person),
            interviewDate: row.interview_date,
            filedAt: row.filed_at,
          },
        ];
      });
    },
  };
}

export type InterviewService = ReturnType<typeof createInterviewService>;
