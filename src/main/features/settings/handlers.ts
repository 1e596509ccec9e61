import type { settingsChannels } from '../../../shared/features/settings/channels';
import type { FeatureHandlers, HandlerEnv } from '../../backend/handler-types';

export function settingsHandlers({ services: { settings } }: HandlerEnv): FeatureHandlers<typeof settingsChannels> {
  return {
    'settings:get': () => settings.get(),
    'settings:update': ({ patch }) => settings.update(patch),
    'settings:pace': ({ ambassadorId }) => settings.pace(ambassadorId),
    'settings:setPace': ({ ambassadorId, wordsPerSecond }) => settings.setPace(ambassadorId, wordsPerSecond),
  };
}
