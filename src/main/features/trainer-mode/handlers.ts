import type { trainerModeChannels } from '../../../shared/features/trainer-mode/channels';
import type { FeatureHandlers, HandlerEnv } from '../../backend/handler-types';

export function trainerModeHandlers({ services: { roles } }: HandlerEnv): FeatureHandlers<typeof trainerModeChannels> {
  return {
    'role:state': () => roles.state(),
    'role:switch': ({ role, pin }) => roles.switchTo(role, pin),
    'role:setPin': ({ pin }) => roles.setPin(pin),
    'role:clearPin': ({ pin }) => roles.clearPin(pin),
  };
}
