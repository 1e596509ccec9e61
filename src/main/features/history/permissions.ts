import type { historyChannels } from '../../../shared/features/history/channels';
import type { RevisionEntityType } from '../../../shared/features/history/schemas';
import type { Services } from '../../backend/services';
import { ownerOf, type FeaturePermissions } from '../../backend/permissions';

/** A document's history belongs to whoever the document belongs to; a cohort's is the trainers'. */
function ownerOfEntity(
  services: Services,
  entityType: RevisionEntityType,
  entityId: string,
): string | null | undefined {
  switch (entityType) {
    case 'ambassador':
      return entityId;
    case 'house':
      return ownerOf(() => services.houses.get(entityId).ambassadorId);
    case 'quote':
      return ownerOf(() => services.quotes.get(entityId).ambassadorId);
    case 'cohort':
      return null;
  }
}

const ofRevision = ({ id }: { id: string }, services: Services) => {
  const revision = ownerOf(() => services.revisions.get(id).entityId);
  if (revision === undefined) return undefined;
  const { entityType, entityId } = services.revisions.get(id);
  return ownerOfEntity(services, entityType, entityId);
};

export const historyPermissions: FeaturePermissions<typeof historyChannels> = {
  'revision:list': {
    allow: { owner: ({ entityType, entityId }, services) => ownerOfEntity(services, entityType, entityId) },
  },
  'revision:get': { allow: { owner: ofRevision } },
  'revision:restore': { allow: { owner: ofRevision } },
};
