import type { questionBankChannels } from '../../../shared/features/question-bank/channels';
import type { FeaturePermissions } from '../../backend/permissions';

/** Everyone rehearses with the questions; only trainers write them, group them into sets and share them. */
export const questionBankPermissions: FeaturePermissions<typeof questionBankChannels> = {
  'question:list': { allow: 'anyone' },
  'question:add': { allow: { trainer: 'add questions' } },
  'question:edit': { allow: { trainer: 'edit questions' } },
  'question:retire': { allow: { trainer: 'retire questions' } },
  'question:delete': { allow: { trainer: 'delete a question' } },
  'question:exportFile': { allow: { trainer: 'export the cohort’s questions' } },
  'question:importFile': { allow: { trainer: 'import questions' } },
  'questionSet:list': { allow: 'anyone' },
  'questionSet:save': { allow: { trainer: 'change a question set' } },
  'questionSet:delete': { allow: { trainer: 'delete a question set' } },
};
