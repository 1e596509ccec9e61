import { createStudioApi } from '../../../shared/client';
import type { StudioApi } from '../../../shared/contract';
import type { StudioBridge } from '../../../shared/ipc';
import { refuseInput } from '../../../shared/safe-input';
import { failure, LOST_CONTACT_MESSAGE } from './result';

/**
 * Electron transport: the preload's `window.studio.call` already returns Results. This wrapper refuses what
 * the backend would refuse before it is sent (as the HTTP client does, so both transports answer alike; the
 * structured clone would turn a class instance into a plain object the backend could no longer tell apart),
 * and makes sure a rejected IPC call (the main process went away) becomes a failed Result, not a thrown error.
 */
export function createElectronClient(bridge: StudioBridge, clientId: string): StudioApi {
  return createStudioApi(async (channel, input) => {
    const refused = refuseInput(input);
    if (refused) return refused;
    try {
      return await bridge.call(channel, input, clientId);
    } catch {
      return failure('INTERNAL', LOST_CONTACT_MESSAGE);
    }
  });
}
