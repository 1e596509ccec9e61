import {
  MAX_FILE_QUESTIONS,
  questionFileSchema,
  type Question,
  type QuestionContent,
  type QuestionFile,
  type QuestionImportReport,
} from '../../../shared/features/question-bank/schemas';
import { AppError } from '../../../shared/result';
import { createCohortRepository } from '../cohorts/repository';
import { createQuestionRepository } from './repository';
import type { ServiceContext } from '../../backend/context';
import { BUILT_IN_IDS, BUILT_IN_QUESTIONS } from './built-in';
import { zodIssues } from '../../backend/zod-issues';
import { putInTrash } from '../trash/put';

export interface ImportReport {
  added: number;
  updated: number;
  unchanged: number;
}

function sameContent(a: QuestionContent, b: QuestionContent): boolean {
  return (
    a.category === b.category && a.difficulty === b.difficulty && a.text === b.text && a.bridgeHint === b.bridgeHint
  );
}

export function createQuestionService(ctx: ServiceContext) {
  const questions = ctx.repo(createQuestionRepository);
  const cohorts = ctx.repo(createCohortRepository);

  const requireCohort = (cohortId: string) => {
    if (!cohorts.get(cohortId)) throw new AppError('NOT_FOUND', 'That cohort does not exist or was deleted.');
  };

  /** Built-in plus the cohort's own questions; retired ones are marked, not hidden, so trainers can bring them back. */
  const forCohort = (cohortId: string | null): Question[] => {
    if (cohortId === null) return [...BUILT_IN_QUESTIONS];
    const retired = questions.retiredIds(cohortId);
    return [
      ...BUILT_IN_QUESTIONS.map((q) => ({ ...q, retired: retired.has(q.id) })),
      ...questions.custom(cohortId, retired),
    ];
  };

  return {
    forCohort,
    active: (cohortId: string | null) => forCohort(cohortId).filter((q) => !q.retired),
    add(cohortId: string, content: QuestionContent): Question {
      requireCohort(cohortId);
      const id = ctx.ids();
      questions.insert(id, cohortId, content, ctx.clock.now());
      return { ...content, id, source: 'custom', cohortId, retired: false };
    },
    edit(id: string, content: QuestionContent): Question {
      if (BUILT_IN_IDS.has(id))
        throw new AppError('CONFLICT', 'Built-in questions cannot be edited. Retire it and add your own version.');
      const existing = questions.get(id);
      if (!existing) throw new AppError('NOT_FOUND', 'That question does not exist or was deleted.');
      questions.update(id, content, ctx.clock.now());
      return { ...existing, ...content };
    },
    setRetired(cohortId: string, questionId: string, retired: boolean): void {
      requireCohort(cohortId);
      const known = BUILT_IN_IDS.has(questionId) || questions.get(questionId)?.cohortId === cohortId;
      if (!known) throw new AppError('NOT_FOUND', 'That question is not in this cohort.');
      questions.setRetired(cohortId, questionId, retired, ctx.clock.now());
    },
    sets(cohortId: string) {
      return questions.sets(cohortId);
    },
    saveSet(input: { id?: string; cohortId: string; name: string; questionIds: string[] }) {
      requireCohort(input.cohortId);
      const known = new Set(forCohort(input.cohortId).map((q) => q.id));
      const unknown = input.questionIds.filter((id) => !known.has(id));
      if (unknown.length > 0)
        throw new AppError('NOT_FOUND', `${unknown.length} of those questions are not in this cohort.`);
      const existing = input.id ? questions.getSet(input.id) : undefined;
      if (input.id && (!existing || existing.cohortId !== input.cohortId))
        throw new AppError('NOT_FOUND', 'That question set does not exist.');
      const id = input.id ?? ctx.ids();
      questions.saveSet(id, input.cohortId, input.name, [...new Set(input.questionIds)], ctx.clock.now());
      return questions.getSet(id)!;
    },
    /** Moves the set to the Trash; answers the Trash entry's id, for "Undo". */
    deleteSet(id: string, deletedBy: string): string {
      return ctx.db.transaction(() => {
        const set = questions.getSet(id);
        if (!set) throw new AppError('NOT_FOUND', 'That question set does not exist.');
        const base = { id, ambassadorId: null, cohortId: set.cohortId, label: set.name, deletedBy };
        const trashId = putInTrash(ctx, { kind: 'questionSet', ...base });
        questions.deleteSet(id, ctx.clock.now());
        return trashId;
      })();
    },
    /**
     * Moves one of the cohort's own questions to the Trash. Built-in questions are retired, not deleted, and a
     * question still in a set stays, so no set silently loses a question.
     */
    deleteQuestion(id: string, deletedBy: string): string {
      return ctx.db.transaction(() => {
        if (BUILT_IN_IDS.has(id))
          throw new AppError('CONFLICT', 'Built-in questions cannot be deleted. Retire it for this cohort instead.');
        const question = questions.get(id);
        if (!question?.cohortId) throw new AppError('NOT_FOUND', 'That question does not exist or was deleted.');
        const inSet = questions.sets(question.cohortId).find((set) => set.questionIds.includes(id));
        if (inSet)
          throw new AppError(
            'CONFLICT',
            `This question is in the set “${inSet.name}”. Take it out of the set first, or retire the question.`,
          );
        const base = { id, ambassadorId: null, cohortId: question.cohortId, label: question.text, deletedBy };
        const trashId = putInTrash(ctx, { kind: 'question', ...base });
        questions.deleteQuestion(id, ctx.clock.now());
        return trashId;
      })();
    },
    exportFile(cohortId: string): QuestionFile {
      requireCohort(cohortId);
      const custom = questions.custom(cohortId, questions.retiredIds(cohortId)).filter((q) => !q.retired);
      const name = `${cohorts.get(cohortId)?.name ?? 'Cohort'} questions`;
      return {
        format: 'ambassador-studio/question-pack',
        version: 1,
        name: name.slice(0, 200),
        updated: ctx.clock.now().slice(0, 10),
        questions: custom.map(({ id, category, difficulty, text, bridgeHint }) => ({
          id,
          category,
          difficulty,
          text,
          bridgeHint,
        })),
      };
    },
    /**
     * Imports a pack file all-or-nothing: the whole file is validated before anything is written, and
     * questions are merged by id (a question already here is updated, never doubled).
     */
    importFile(cohortId: string, fileText: string): QuestionImportReport {
      requireCohort(cohortId);
      let raw: unknown;
      try {
        raw = JSON.parse(fileText);
      } catch {
        throw new AppError('VALIDATION', 'That file is not a question pack: it is not valid JSON.');
      }
      const parsed = questionFileSchema.safeParse(raw);
      if (!parsed.success) {
        const issues = zodIssues(parsed.error);
        const tooMany =
          Array.isArray((raw as { questions?: unknown })?.questions) &&
          (raw as { questions: unknown[] }).questions.length > MAX_FILE_QUESTIONS;
        const message = tooMany
          ? `That pack has more than ${MAX_FILE_QUESTIONS} questions, so nothing was imported.`
          : `That file is not a valid question pack, so nothing was imported: ${issues[0]?.message ?? 'unknown problem'}${issues[0] ? ` (at ${issues[0].path})` : ''}.`;
        throw new AppError('VALIDATION', message, issues);
      }
      const seen = new Set<string>();
      const report: ImportReport = { added: 0, updated: 0, unchanged: 0 };
      ctx.db.transaction(() => {
        const now = ctx.clock.now();
        for (const { id, ...content } of parsed.data.questions) {
          if (seen.has(id)) continue;
          seen.add(id);
          const builtIn = BUILT_IN_QUESTIONS.find((q) => q.id === id);
          if (builtIn) {
            report.unchanged += 1;
            continue;
          }
          const existing = questions.get(id);
          if (existing && existing.cohortId !== cohortId) {
            throw new AppError(
              'CONFLICT',
              'That pack contains a question that belongs to another cohort, so nothing was imported.',
            );
          }
          if (!existing) {
            questions.insert(id, cohortId, content, now);
            report.added += 1;
          } else if (!sameContent(existing, content)) {
            questions.update(id, content, now);
            report.updated += 1;
          } else {
            report.unchanged += 1;
          }
        }
      })();
      return report;
    },
  };
}

export type QuestionService = ReturnType<typeof createQuestionService>;
