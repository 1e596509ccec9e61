/**
 * The Electron bridge. The preload exposes one function, `window.studio.call(channel, input)`, which sends on
 * one IPC channel and nowhere else. The main process checks the sender, then hands the call to the same
 * dispatcher browser mode uses, which refuses unknown channel names and validates every input. This file has
 * no schemas, so the sandboxed preload bundles nothing but this constant.
 */
import type { Result } from './result';

/** The only IPC channel the renderer can send on. */
export const IPC_CALL_CHANNEL = 'studio:call';

export interface StudioBridge {
  /** `client`: the page's own random id (see CLIENT_HEADER), which its session hangs on. */
  call(channel: string, input: unknown, client: string): Promise<Result<unknown>>;
}
