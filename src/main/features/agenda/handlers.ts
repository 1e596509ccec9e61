import type { agendaChannels } from '../../../shared/features/agenda/channels';
import type { FeatureHandlers, HandlerEnv } from '../../backend/handler-types';
import { deliver } from '../message-sheet/handlers';

export function agendaHandlers({
  services: { agenda },
  capabilities,
}: HandlerEnv): FeatureHandlers<typeof agendaChannels> {
  return {
    'agenda:get': ({ cohortId }) => agenda.get(cohortId),
    'agenda:addBlock': ({ cohortId, baseVersion, fields }) => agenda.addBlock(cohortId, baseVersion, fields),
    'agenda:updateBlock': ({ cohortId, baseVersion, id, patch }) =>
      agenda.updateBlock(cohortId, baseVersion, id, patch),
    'agenda:removeBlock': ({ cohortId, baseVersion, id }) => agenda.removeBlock(cohortId, baseVersion, id),
    'agenda:moveBlock': ({ cohortId, baseVersion, id, direction }) =>
      agenda.moveBlock(cohortId, baseVersion, id, direction),
    'agenda:setStartDate': ({ cohortId, baseVersion, startDate }) =>
      agenda.setStartDate(cohortId, baseVersion, startDate),
    'agenda:reset': ({ cohortId, baseVersion }) => agenda.reset(cohortId, baseVersion),
    // The desktop app saves through its own dialog; browser mode gets the bytes back to download, like a sheet.
    'agenda:exportPdf': async ({ cohortId, paper, includeNotes }) =>
      deliver(await agenda.exportPdf(cohortId, { paper, includeNotes }), capabilities),
  };
}
