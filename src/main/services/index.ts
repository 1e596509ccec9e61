import { createRepositories } from '../db/repositories';
import { createAmbassadorService } from './ambassadors';
import { createCohortService } from './cohorts';
import type { ServiceContext } from './context';
import { createRevisionService } from './revisions';
import { createSampleService } from './sample';
import { createSettingsService } from './settings';

/** Wires repositories into services. Plain Node: no electron, so tests and browser mode use the same code. */
export function createServices(ctx: ServiceContext) {
  const repos = createRepositories(ctx.db);
  const revisions = createRevisionService(ctx, repos.revisions);
  const cohorts = createCohortService(ctx, repos.cohorts, revisions);
  const ambassadors = createAmbassadorService(ctx, repos, revisions);
  const settings = createSettingsService(ctx, repos.settings);
  const sample = createSampleService(ctx, { cohorts, ambassadors, settings });
  return { revisions, cohorts, ambassadors, settings, sample };
}

export type Services = ReturnType<typeof createServices>;
