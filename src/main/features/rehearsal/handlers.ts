import type { rehearsalChannels } from '../../../shared/features/rehearsal/channels';
import type { FeatureHandlers, HandlerEnv } from '../../backend/handler-types';

export function rehearsalHandlers({ services: { rehearsal } }: HandlerEnv): FeatureHandlers<typeof rehearsalChannels> {
  return {
    'rehearsal:start': (input) => rehearsal.start(input),
    'rehearsal:get': ({ id }) => rehearsal.get(id),
    'rehearsal:list': ({ ambassadorId }) => rehearsal.list(ambassadorId),
    'rehearsal:saveTake': (input) => rehearsal.saveTake(input),
    'rehearsal:rateTake': ({ takeId, rating }) => rehearsal.rateTake(takeId, rating),
    'rehearsal:noteTake': ({ takeId, notes }) => rehearsal.noteTake(takeId, notes),
    'rehearsal:finish': ({ id }) => rehearsal.finish(id),
    'rehearsal:recording': ({ takeId }) => rehearsal.recording(takeId),
    'rehearsal:deleteTake': ({ takeId }) => {
      rehearsal.deleteTake(takeId);
      return null;
    },
    'rehearsal:deleteSession': ({ id }) => {
      rehearsal.deleteSession(id);
      return null;
    },
    'rehearsal:dueCount': ({ ambassadorId }) => rehearsal.dueCount(ambassadorId),
  };
}
