import { createStudioApi } from '../../../shared/client';
import type { StudioApi } from '../../../shared/contract';
import type { StudioBridge } from '../../../shared/ipc';
import { failure, LOST_CONTACT_MESSAGE } from './result';

/**
 * Electron transport: the preload's `window.studio.call` already returns Results. This wrapper only makes
 * sure a rejected IPC call (the main process went away) becomes a failed Result instead of a thrown error.
 */
export function createElectronClient(bridge: StudioBridge, clientId: string): StudioApi {
  return createStudioApi(async (channel, input) => {
    try {
      return await bridge.call(channel, input, clientId);
    } catch {
      return failure('INTERNAL', LOST_CONTACT_MESSAGE);
    }
  });
}
