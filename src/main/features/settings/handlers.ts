import type { settingsChannels } from '../../../shared/features/settings/channels';
import type { FeatureHandlers, HandlerEnv } from '../../backend/handler-types';

export function settingsHandlers({
  services: { settings, roles },
}: HandlerEnv): FeatureHandlers<typeof settingsChannels> {
  return {
    'settings:get': () => settings.get(),
    'settings:update': ({ patch }) => {
      // Mode changes go through the role service, which insists on the PIN when one is set.
      const { role, ...rest } = patch;
      if (role !== undefined) roles.switchTo(role);
      return settings.update(rest);
    },
    'settings:pace': ({ ambassadorId }) => settings.pace(ambassadorId),
    'settings:setPace': ({ ambassadorId, wordsPerSecond }) => settings.setPace(ambassadorId, wordsPerSecond),
  };
}
