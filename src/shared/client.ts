import { CHANNELS, type StudioApi } from './contract';
import type { Result } from './result';

/** Sends one call over some transport; never throws (a lost connection is a failed Result). */
export type CallChannel = (channel: string, input: unknown) => Promise<Result<unknown>>;

/**
 * The typed API object every transport exposes (Electron bridge, loopback HTTP, the tests' in-process
 * transport): one function per contract channel, all going through the same `call`.
 */
export function createStudioApi(call: CallChannel): StudioApi {
  const api = Object.fromEntries(CHANNELS.map((channel) => [channel, (input: unknown) => call(channel, input ?? {})]));
  return api as unknown as StudioApi;
}
