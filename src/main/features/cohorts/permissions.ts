import type { cohortChannels } from '../../../shared/features/cohorts/channels';
import type { FeaturePermissions } from '../../backend/permissions';

/**
 * A cohort's details are the organisation's (the press contact is printed on every sheet), so everyone may read
 * them and only a trainer may change them. The overview shows everyone's progress side by side, so it is the
 * trainer's alone.
 */
export const cohortPermissions: FeaturePermissions<typeof cohortChannels> = {
  'cohort:list': { allow: 'anyone' },
  'cohort:get': { allow: 'anyone' },
  'cohort:create': { allow: { trainer: 'create a cohort' } },
  'cohort:update': { allow: { trainer: 'change a cohort’s details' } },
  'cohort:archive': { allow: { trainer: 'archive a cohort' } },
  'cohort:overview': { allow: { trainer: 'see the cohort overview' } },
};
