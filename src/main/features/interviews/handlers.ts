import type { interviewChannels } from '../../../shared/features/interviews/channels';
import type { FeatureHandlers, HandlerEnv } from '../../backend/handler-types';
import { whoIsCalling } from '../../backend/who';
import { prepCardHandlers } from './prep-card/handlers';

export function interviewHandlers(env: HandlerEnv): FeatureHandlers<typeof interviewChannels> {
  const { services } = env;
  const { interviews } = services;
  return {
    'interview:list': ({ ambassadorId }) => interviews.list(ambassadorId),
    'interview:get': ({ id }) => interviews.get(id),
    'interview:create': ({ ambassadorId, fields }) => interviews.create(ambassadorId, fields),
    'interview:update': ({ id, fields }) => interviews.update(id, fields),
    'interview:delete': ({ id }, { viewer }) => ({ trashId: interviews.remove(id, whoIsCalling(viewer, services)) }),
    'interview:suggest': ({ id, count }) => interviews.suggest(id, count),
    'interview:rehearse': ({ id, questionIds }) => interviews.rehearse(id, questionIds),
    'interview:saveDebrief': ({ id, debrief }, { viewer }) =>
      interviews.saveDebrief(id, debrief, viewer.trainer !== null),
    'interview:followUps': ({ cohortId }) => interviews.followUps(cohortId),
    ...prepCardHandlers(env),
  };
}
