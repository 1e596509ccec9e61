import type { planChannels } from '../../../shared/features/plan/channels';
import type { FeaturePermissions } from '../../backend/permissions';

const ofAmbassador = ({ ambassadorId }: { ambassadorId: string }) => ambassadorId;

/** The plan is made of the ambassador's own practice: theirs to see and start, or a trainer's (like the due count). */
export const planPermissions: FeaturePermissions<typeof planChannels> = {
  'plan:get': { allow: { owner: ofAmbassador } },
  'plan:rehearseToday': { allow: { owner: ofAmbassador } },
};
