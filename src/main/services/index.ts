import { createRepositories } from '../db/repositories';
import { createAmbassadorService } from './ambassadors';
import { createCohortService } from './cohorts';
import { createCommentService } from './comments';
import type { ServiceContext } from './context';
import { createHouseService } from './houses';
import { createLanguageRuleService } from './language-rules';
import { createQuestionService } from './questions';
import { createQuoteService } from './quotes';
import { createRehearsalService } from './rehearsal';
import { createReviewService } from './review';
import { createRevisionService } from './revisions';
import { createRoleService } from './roles';
import { createSampleService } from './sample';
import { createSearchService } from './search';
import { createSettingsService } from './settings';
import { createSheetService } from './sheets';

/** Wires repositories into services. Plain Node: no electron, so tests and browser mode use the same code. */
export function createServices(ctx: ServiceContext) {
  const repos = createRepositories(ctx.db);
  const revisions = createRevisionService(ctx, repos.revisions);
  const cohorts = createCohortService(ctx, repos.cohorts, revisions);
  const ambassadors = createAmbassadorService(ctx, repos, revisions);
  const settings = createSettingsService(ctx, repos.settings);
  const roles = createRoleService(ctx, repos.settings, settings);
  const houses = createHouseService(ctx, repos, revisions);
  const quotes = createQuoteService(ctx, repos, revisions, roles);
  const comments = createCommentService(ctx, repos, roles, settings);
  const review = createReviewService(repos, quotes, comments);
  const search = createSearchService(repos);
  const questions = createQuestionService(ctx, repos, roles);
  const languageRules = createLanguageRuleService(ctx, repos.cohorts, roles);
  const rehearsal = createRehearsalService(ctx, repos, questions);
  const sample = createSampleService(ctx, { cohorts, ambassadors, settings });
  const sheets = createSheetService(ctx, repos, roles, settings);
  return { revisions, cohorts, ambassadors, settings, roles, houses, quotes, comments, review, search, questions, rehearsal, languageRules, sample, sheets };
}

export type Services = ReturnType<typeof createServices>;
