import type { hotSeatChannels } from '../../../shared/features/rehearsal/hot-seat-channels';
import type { FeaturePermissions } from '../../backend/permissions';

/**
 * Hot seat: the trainer plays the journalist, so only a trainer starts one, records its answers and rates them,
 * even though the session and its takes belong to the ambassador (who reads them in their own history).
 */
export const hotSeatPermissions: FeaturePermissions<typeof hotSeatChannels> = {
  'hotSeat:start': { allow: { trainer: 'run a hot-seat interview' } },
  'hotSeat:saveTake': { allow: { trainer: 'record a hot-seat answer' } },
  'hotSeat:rateTake': { allow: { trainer: 'rate a hot-seat answer' } },
};
