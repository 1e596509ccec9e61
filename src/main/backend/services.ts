/**
 * The composition root of the backend's services: one line per feature, in dependency order. Plain Node (no
 * electron), so tests, the CLI and browser mode run exactly the code the desktop app runs.
 */
import { join } from 'node:path';
import { createAccessService } from '../features/access/service';
import { createAgendaService } from '../features/agenda/service';
import { createAmbassadorService } from '../features/ambassadors/service';
import { createBundleService } from '../features/bundles/service';
import { createTrashService } from '../features/trash/service';
import { createRepairService } from '../features/repair/service';
import { createBackupService, type BackupDeps } from '../features/backup/service';
import { createCohortOverviewService } from '../features/cohorts/overview';
import { createCohortService } from '../features/cohorts/service';
import { createCommentService } from '../features/comments/service';
import { createRevisionService } from '../features/history/service';
import { createHouseService } from '../features/key-messages/service';
import { createLanguageRuleService } from '../features/language-rules/service';
import { createSheetService } from '../features/message-sheet/service';
import { createQuestionService } from '../features/question-bank/service';
import { createQuoteService } from '../features/quotes/service';
import { createRehearsalService } from '../features/rehearsal/service';
import { createHotSeatService } from '../features/rehearsal/hot-seat-service';
import { createInterviewService } from '../features/interviews/service';
import { createPrepCardService } from '../features/interviews/prep-card/service';
import { createPlanService } from '../features/plan/service';
import { createReviewService } from '../features/review/service';
import { createSampleService } from '../features/sample-data/service';
import { createSearchService } from '../features/search/service';
import { createSettingsService } from '../features/settings/service';
import { createServiceContext, type ServiceContextOptions } from './context';

/** `backup` carries what only the backend has: the SQLite build and how to replace the open database (restore). */
export function createServices(options: ServiceContextOptions, backup: BackupDeps = {}) {
  const ctx = createServiceContext(options);
  const revisions = createRevisionService(ctx);
  const settings = createSettingsService(ctx);
  // Early, so an import can back up first.
  const backups = createBackupService(ctx, backup);
  const access = createAccessService(ctx, settings);
  const cohorts = createCohortService(ctx, revisions);
  const ambassadors = createAmbassadorService(ctx, revisions);
  const houses = createHouseService(ctx, revisions);
  // Before quotes: approval holds a quote to its cohort's language rules.
  const languageRules = createLanguageRuleService(ctx);
  const quotes = createQuoteService(ctx, revisions, languageRules);
  const comments = createCommentService(ctx);
  const review = createReviewService(ctx, quotes, comments);
  const search = createSearchService(ctx);
  const questions = createQuestionService(ctx);
  const rehearsal = createRehearsalService(ctx, questions);
  const hotSeat = createHotSeatService(ctx, questions);
  const interviews = createInterviewService(ctx, { questions, rehearsal });
  // The card's hard questions are the request's hostile suggestions (12: the most a request suggests).
  const prepCards = createPrepCardService(ctx, { get: interviews.get, suggest: (id) => interviews.suggest(id, 12) });
  const plan = createPlanService(ctx, { questions, rehearsal, interviews });
  const sheets = createSheetService(ctx);
  const agenda = createAgendaService(ctx);
  const cohortOverview = createCohortOverviewService(ctx, { rehearsal, sheets });
  const sample = createSampleService(ctx, { cohorts, ambassadors, settings, houses, quotes, comments, questions });
  const trash = createTrashService(ctx);
  const repair = createRepairService(ctx);
  // Every import is preceded by a backup of the data as it was.
  const bundles = createBundleService(ctx, {
    backupBeforeImport: async () => join(ctx.paths.backupDir, (await backups.create('before-import')).id),
  });
  return {
    ctx,
    revisions,
    settings,
    access,
    cohorts,
    ambassadors,
    houses,
    quotes,
    comments,
    review,
    search,
    questions,
    rehearsal,
    hotSeat,
    interviews,
    prepCards,
    plan,
    languageRules,
    sheets,
    agenda,
    cohortOverview,
    sample,
    backup: backups,
    bundles,
    trash,
    repair,
  };
}

export type Services = ReturnType<typeof createServices>;
