import type { accessChannels } from '../../../shared/features/access/channels';
import type { FeatureHandlers, HandlerEnv } from '../../backend/handler-types';

export function accessHandlers({ services: { access } }: HandlerEnv): FeatureHandlers<typeof accessChannels> {
  return {
    'access:state': (_input, { viewer }) => access.state(viewer),
    'access:workspaces': (_input, { viewer }) => access.workspaces(viewer),
    'access:enter': ({ ambassadorId, pin }, { viewer }) => access.enter(viewer, ambassadorId, pin),
    'access:unlockTrainer': ({ secret }, { viewer }) => access.unlockTrainer(viewer, secret),
    'access:lock': (_input, { viewer }) => access.lock(viewer),
    'access:leaveTrainer': (_input, { viewer }) => access.leaveTrainer(viewer),
    'access:addTrainer': ({ name, secret }, { viewer }) => access.addTrainer(viewer, name, secret),
    'access:updateTrainer': (change, { viewer }) => access.updateTrainer(viewer, change),
    'access:setWorkspacePin': ({ pin, currentPin }, { viewer }) => access.setWorkspacePin(viewer, pin, currentPin),
    'access:setLaptopKind': ({ kind }, { viewer }) => access.setLaptopKind(viewer, kind),
    'access:setIdleMinutes': ({ minutes }, { viewer }) => access.setIdleMinutes(viewer, minutes),
  };
}
