import type { bundleChannels } from '../../../shared/features/bundles/channels';
import type { Viewer } from '../../backend/handler-types';
import type { FeaturePermissions } from '../../backend/permissions';
import type { Services } from '../../backend/services';

/** On an ambassador's own laptop, the person in their own workspace (the only one that opens there without a trainer). */
const ownLaptopOwner = (viewer: Viewer, services: Services) =>
  services.access.laptopKind() === 'own' && viewer.ambassadorId !== null;

export const bundlePermissions: FeaturePermissions<typeof bundleChannels> = {
  'bundle:exportWork': { allow: { owner: ({ ambassadorId }) => ambassadorId } },
  'bundle:exportFeedback': { allow: { trainer: 'return feedback' } },
  'bundle:exportCohort': { allow: { trainer: 'export a whole cohort' } },
  // Moving to a new laptop: a trainer's step, or the owner's on their own laptop.
  'bundle:exportEverything': {
    allow: {
      check: (_input, viewer, services) =>
        viewer.trainer || ownLaptopOwner(viewer, services)
          ? true
          : 'Only a trainer can export everything on a shared laptop. Unlock trainer mode first.',
    },
  },
  // Reads the manifest only (the names and counts shown before an import).
  'bundle:inspect': { allow: 'anyone' },
  // An ambassador on their own laptop may import the feedback returned to them (the service refuses anything else).
  'bundle:import': {
    allow: {
      check: (_input, viewer, services) =>
        viewer.trainer || ownLaptopOwner(viewer, services)
          ? true
          : 'Only a trainer can import bundles on a shared laptop. Unlock trainer mode first.',
    },
  },
  'bundle:conflicts': {
    allow: 'anyone',
    redact: (conflicts, viewer) =>
      viewer.trainer
        ? conflicts
        : conflicts.filter((c) => c.ambassadorId !== null && c.ambassadorId === viewer.ambassadorId),
  },
  'bundle:resolveConflict': { allow: { owner: ({ id }, services) => services.bundles.conflictOwner(id) } },
};
