import type { messageSheetChannels } from '../../../shared/features/message-sheet/channels';
import { ownerOf, type FeaturePermissions } from '../../backend/permissions';

const ofAmbassador = ({ ambassadorId }: { ambassadorId: string }) => ambassadorId;

/** A sheet (and a house picture) is its ambassador's; the cohort's logo and press pack are the trainers'. */
export const messageSheetPermissions: FeaturePermissions<typeof messageSheetChannels> = {
  'sheet:options': { allow: { owner: ofAmbassador } },
  'sheet:preview': { allow: { owner: ofAmbassador } },
  'sheet:text': { allow: { owner: ofAmbassador } },
  'sheet:export': { allow: { owner: ofAmbassador } },
  'sheet:confirmPrivateItem': { allow: { owner: ofAmbassador } },
  'sheet:revokeConfirmation': {
    allow: { owner: ({ id }, { sheets }) => ownerOf(() => sheets.ownerOfConfirmation(id)) },
  },
  'sheet:setLogo': { allow: { trainer: 'change the cohort’s logo' } },
  'sheet:removeLogo': { allow: { trainer: 'remove the cohort’s logo' } },
  'sheet:logo': { allow: 'anyone' },
  'sheet:housePicture': {
    allow: { owner: ({ houseId }, { houses }) => ownerOf(() => houses.get(houseId).ambassadorId) },
  },
  'pack:export': { allow: { trainer: 'make the cohort’s press pack' } },
  'pack:progress': { allow: { trainer: 'make the cohort’s press pack' } },
};
