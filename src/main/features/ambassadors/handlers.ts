import type { ambassadorChannels } from '../../../shared/features/ambassadors/channels';
import type { FeatureHandlers, HandlerEnv } from '../../backend/handler-types';

export function ambassadorHandlers({
  services: { ambassadors, access },
}: HandlerEnv): FeatureHandlers<typeof ambassadorChannels> {
  return {
    'ambassador:list': (filter) => ambassadors.list(filter),
    'ambassador:get': ({ id }) => ambassadors.get(id),
    // The window that makes a profile opens it (the first run, "Add myself", a trainer adding someone).
    'ambassador:create': ({ fields }, { viewer }) => {
      const created = ambassadors.create(fields);
      access.opened(viewer, created.id);
      return created;
    },
    'ambassador:update': ({ id, patch, baseVersion, keepReplaced }) =>
      ambassadors.update(id, patch, { baseVersion, keepReplaced }),
    'ambassador:archive': ({ id, archived }) => ambassadors.archive(id, archived),
    'ambassador:setPhoto': ({ id, bytes }) => ambassadors.setPhoto(id, bytes),
    'ambassador:removePhoto': ({ id }) => ambassadors.removePhoto(id),
    'ambassador:photo': ({ id }) => ambassadors.photo(id),
    'ambassador:erase': ({ id, confirmName }) => {
      const report = ambassadors.erase(id, confirmName);
      access.closeEverywhere(id);
      return report;
    },
  };
}
