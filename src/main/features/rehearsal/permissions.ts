import type { rehearsalChannels } from '../../../shared/features/rehearsal/channels';
import type { Services } from '../../backend/services';
import { ownerOf, type FeaturePermissions } from '../../backend/permissions';

const ofSession = ({ id }: { id: string }, { rehearsal }: Services) => ownerOf(() => rehearsal.ownerOfSession(id));
const ofTake = ({ takeId }: { takeId: string }, { rehearsal }: Services) =>
  ownerOf(() => rehearsal.ownerOfTake(takeId));
const ofAmbassador = ({ ambassadorId }: { ambassadorId: string }) => ambassadorId;

/** Practice sessions, recordings and notes are the ambassador's own. */
export const rehearsalPermissions: FeaturePermissions<typeof rehearsalChannels> = {
  'rehearsal:start': { allow: { owner: ofAmbassador } },
  'rehearsal:get': { allow: { owner: ofSession } },
  'rehearsal:list': { allow: { owner: ofAmbassador } },
  'rehearsal:saveTake': { allow: { owner: ({ sessionId }, services) => ofSession({ id: sessionId }, services) } },
  'rehearsal:rateTake': { allow: { owner: ofTake } },
  'rehearsal:noteTake': { allow: { owner: ofTake } },
  'rehearsal:finish': { allow: { owner: ofSession } },
  'rehearsal:recording': { allow: { owner: ofTake } },
  'rehearsal:deleteTake': { allow: { owner: ofTake } },
  'rehearsal:deleteSession': { allow: { owner: ofSession } },
  'rehearsal:dueCount': { allow: { owner: ofAmbassador } },
};
