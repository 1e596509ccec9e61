import type { questionBankChannels } from '../../../shared/features/question-bank/channels';
import type { FeatureHandlers, HandlerEnv } from '../../backend/handler-types';

export function questionBankHandlers({
  services: { questions },
}: HandlerEnv): FeatureHandlers<typeof questionBankChannels> {
  return {
    'question:list': ({ cohortId }) => questions.forCohort(cohortId),
    'question:add': ({ cohortId, content }) => questions.add(cohortId, content),
    'question:edit': ({ id, content }) => questions.edit(id, content),
    'question:retire': ({ cohortId, questionId, retired }) => {
      questions.setRetired(cohortId, questionId, retired);
      return null;
    },
    'question:exportFile': ({ cohortId }) => questions.exportFile(cohortId),
    'question:importFile': ({ cohortId, fileText }) => questions.importFile(cohortId, fileText),
    'questionSet:list': ({ cohortId }) => questions.sets(cohortId),
    'questionSet:save': (input) => questions.saveSet(input),
    'questionSet:delete': ({ id }) => {
      questions.deleteSet(id);
      return null;
    },
  };
}
