import type { keyMessageChannels } from '../../../shared/features/key-messages/channels';
import type { Services } from '../../backend/services';
import { ownerOf, type FeaturePermissions } from '../../backend/permissions';

const ofHouse = ({ id }: { id: string }, { houses }: Services) => ownerOf(() => houses.get(id).ambassadorId);

export const keyMessagePermissions: FeaturePermissions<typeof keyMessageChannels> = {
  'house:list': { allow: { owner: ({ ambassadorId }) => ambassadorId } },
  'house:get': { allow: { owner: ofHouse } },
  'house:create': { allow: { owner: ({ ambassadorId }) => ambassadorId } },
  'house:update': { allow: { owner: ofHouse } },
  'house:setPrimary': { allow: { owner: ofHouse } },
  'house:delete': { allow: { owner: ofHouse } },
};
