import type { rehearsalChannels } from '../../../shared/features/rehearsal/channels';
import type { FeatureHandlers, HandlerEnv } from '../../backend/handler-types';
import { whoIsCalling } from '../../backend/who';

export function rehearsalHandlers({ services }: HandlerEnv): FeatureHandlers<typeof rehearsalChannels> {
  const { rehearsal } = services;
  return {
    'rehearsal:start': (input) => rehearsal.start(input),
    'rehearsal:get': ({ id }) => rehearsal.get(id),
    'rehearsal:list': ({ ambassadorId }) => rehearsal.list(ambassadorId),
    'rehearsal:saveTake': (input) => rehearsal.saveTake(input),
    'rehearsal:rateTake': ({ takeId, rating }) => rehearsal.rateTake(takeId, rating),
    'rehearsal:noteTake': ({ takeId, notes }) => rehearsal.noteTake(takeId, notes),
    'rehearsal:finish': ({ id }) => rehearsal.finish(id),
    'rehearsal:recording': ({ takeId }) => rehearsal.recording(takeId),
    'rehearsal:deleteTake': ({ takeId }, { viewer }) => ({
      trashId: rehearsal.deleteTake(takeId, whoIsCalling(viewer, services)),
    }),
    'rehearsal:deleteSession': ({ id }, { viewer }) => ({
      trashId: rehearsal.deleteSession(id, whoIsCalling(viewer, services)),
    }),
    'rehearsal:dueCount': ({ ambassadorId }) => rehearsal.dueCount(ambassadorId),
  };
}
