import type { cohortChannels } from '../../../shared/features/cohorts/channels';
import type { FeatureHandlers, HandlerEnv } from '../../backend/handler-types';

export function cohortHandlers({
  services: { cohorts, cohortOverview },
}: HandlerEnv): FeatureHandlers<typeof cohortChannels> {
  return {
    'cohort:list': ({ includeArchived }) => cohorts.list(includeArchived),
    'cohort:get': ({ id }) => cohorts.get(id),
    'cohort:create': ({ fields }) => cohorts.create(fields),
    'cohort:update': ({ id, patch }) => cohorts.update(id, patch),
    'cohort:archive': ({ id, archived }) => cohorts.archive(id, archived),
    'cohort:overview': ({ cohortId }) => cohortOverview.overview(cohortId),
  };
}
