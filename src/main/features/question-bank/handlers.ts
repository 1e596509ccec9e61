import type { questionBankChannels } from '../../../shared/features/question-bank/channels';
import type { FeatureHandlers, HandlerEnv } from '../../backend/handler-types';
import { whoIsCalling } from '../../backend/who';

export function questionBankHandlers({ services }: HandlerEnv): FeatureHandlers<typeof questionBankChannels> {
  const { questions } = services;
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
    'question:delete': ({ id }, { viewer }) => ({
      trashId: questions.deleteQuestion(id, whoIsCalling(viewer, services)),
    }),
    'questionSet:delete': ({ id }, { viewer }) => ({
      trashId: questions.deleteSet(id, whoIsCalling(viewer, services)),
    }),
  };
}
