import type { trashChannels } from '../../../shared/features/trash/channels';
import type { Services } from '../../backend/services';
import { ownerOf, type FeaturePermissions } from '../../backend/permissions';

// A cohort's questions and sets belong to nobody in particular (null), so only a trainer may put them back.
const ofItem = ({ id }: { id: string }, { trash }: Services) => ownerOf(() => trash.ownerOf(id));

export const trashPermissions: FeaturePermissions<typeof trashChannels> = {
  'trash:list': {
    allow: {
      check: ({ ambassadorId }, viewer) =>
        viewer.trainer || !ambassadorId || ambassadorId === viewer.ambassadorId
          ? true
          : 'This belongs to another ambassador’s workspace, so it was not shown. Open your own workspace, or unlock trainer mode.',
    },
  },
  'trash:restore': { allow: { owner: ofItem } },
  'trash:delete': { allow: { owner: ofItem } },
  // The handler empties only what the caller may see: their own items, or everyone's for a trainer.
  'trash:empty': { allow: 'anyone' },
};
