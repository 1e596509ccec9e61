import { CHANNEL_NAMES } from '../../../shared/channels';
import type { ChannelName, StudioApi } from '../../../shared/contract';
import { failure, LOST_CONTACT_MESSAGE, type Result } from './result';

/**
 * Electron transport: the preload's window.api already returns Results. This wrapper only makes sure a
 * rejected IPC call (the main process went away) becomes a failed Result instead of a thrown error.
 */
export function createElectronClient(bridge: StudioApi): StudioApi {
  const call = async (channel: ChannelName, input: unknown): Promise<Result<unknown>> => {
    try {
      const invoke = bridge[channel] as (input: unknown) => Promise<Result<unknown>>;
      return await invoke(input ?? {});
    } catch {
      return failure('INTERNAL', LOST_CONTACT_MESSAGE);
    }
  };
  const api = Object.fromEntries(CHANNEL_NAMES.map((channel) => [channel, (input: unknown) => call(channel, input)]));
  return api as unknown as StudioApi;
}
