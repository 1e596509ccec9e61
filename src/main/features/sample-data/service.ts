import type { SampleResult } from '../../../shared/features/sample-data/channels';
import type { AmbassadorService } from '../ambassadors/service';
import type { CohortService } from '../cohorts/service';
import type { ServiceContext } from '../../backend/context';
import { SAMPLE_AMBASSADORS, SAMPLE_COHORT } from './data';
import type { SettingsService } from '../settings/service';

/** Loads the fictional demo cohort in one transaction and makes its first ambassador current. */
export function createSampleService(
  ctx: ServiceContext,
  services: { cohorts: CohortService; ambassadors: AmbassadorService; settings: SettingsService },
) {
  return {
    load(): SampleResult {
      return ctx.db.transaction(() => {
        const cohort = services.cohorts.create(SAMPLE_COHORT);
        const ambassadorIds = SAMPLE_AMBASSADORS.map(
          (fields) => services.ambassadors.create({ ...fields, cohortId: cohort.id }).id,
        );
        services.settings.update({
          onboarded: true,
          currentCohortId: cohort.id,
          currentAmbassadorId: ambassadorIds[0] ?? null,
        });
        return { cohortId: cohort.id, ambassadorIds };
      })();
    },
  };
}
