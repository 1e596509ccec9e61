import type { ambassadorChannels } from '../../../shared/features/ambassadors/channels';
import { mayErase } from '../../../shared/features/ambassadors/erase';
import type { FeaturePermissions } from '../../backend/permissions';

const byId = { owner: ({ id }: { id: string }) => id };

export const ambassadorPermissions: FeaturePermissions<typeof ambassadorChannels> = {
  // An ambassador's window lists only their own profile; a trainer sees everyone.
  'ambassador:list': {
    allow: 'anyone',
    redact: (list, viewer) => (viewer.trainer ? list : list.filter((a) => a.id === viewer.ambassadorId)),
  },
  'ambassador:get': { allow: byId },
  'ambassador:create': {
    allow: {
      check: (_input, viewer, { access, ambassadors }) =>
        viewer.trainer || access.laptopKind() !== 'own' || ambassadors.list({}).length === 0
          ? true
          : 'This laptop belongs to one ambassador. A trainer can add other people on a shared laptop.',
    },
  },
  'ambassador:update': { allow: byId },
  'ambassador:archive': { allow: byId },
  'ambassador:setPhoto': { allow: byId },
  'ambassador:removePhoto': { allow: byId },
  'ambassador:photo': { allow: byId },
  // Trainer-only on a shared laptop; on someone's own laptop its owner may erase themselves.
  'ambassador:erase': {
    allow: {
      check: ({ id }, viewer, { access }) =>
        mayErase(
          { trainer: viewer.trainer !== null, laptopKind: access.laptopKind(), ambassadorId: viewer.ambassadorId },
          id,
        ),
    },
  },
};
