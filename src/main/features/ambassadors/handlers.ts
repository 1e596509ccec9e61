import type { ambassadorChannels } from '../../../shared/features/ambassadors/channels';
import type { FeatureHandlers, HandlerEnv } from '../../backend/handler-types';

export function ambassadorHandlers({
  services: { ambassadors },
}: HandlerEnv): FeatureHandlers<typeof ambassadorChannels> {
  return {
    'ambassador:list': (filter) => ambassadors.list(filter),
    'ambassador:get': ({ id }) => ambassadors.get(id),
    'ambassador:create': ({ fields }) => ambassadors.create(fields),
    'ambassador:update': ({ id, patch }) => ambassadors.update(id, patch),
    'ambassador:archive': ({ id, archived }) => ambassadors.archive(id, archived),
    'ambassador:setPhoto': ({ id, bytes }) => ambassadors.setPhoto(id, bytes),
    'ambassador:removePhoto': ({ id }) => ambassadors.removePhoto(id),
    'ambassador:photo': ({ id }) => ambassadors.photo(id),
  };
}
