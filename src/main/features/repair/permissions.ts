import type { repairChannels } from '../../../shared/features/repair/channels';
import type { RepairKind } from '../../../shared/features/repair/schemas';
import type { Services } from '../../backend/services';
import { ownerOf, type FeaturePermissions } from '../../backend/permissions';

const ofRecord = ({ kind, id }: { kind: RepairKind; id: string }, { repair }: Services) =>
  ownerOf(() => repair.ownerOf(kind, id));

export const repairPermissions: FeaturePermissions<typeof repairChannels> = {
  // The handler lists only what the caller may see: their own records, or everyone's for a trainer.
  'repair:list': { allow: 'anyone' },
  'repair:apply': { allow: { owner: ofRecord } },
  'repair:salvage': { allow: { owner: ofRecord } },
};
