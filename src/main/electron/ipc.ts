/**
 * The Electron transport: one ipcMain.handle on one fixed channel, guarded by a sender check, answered by the
 * same dispatcher browser mode uses (so channel names, validation and error shapes are identical).
 */
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { IPC_CALL_CHANNEL } from '../../shared/ipc';
import { fail, type Result } from '../../shared/result';
import { dispatch } from '../backend/dispatch';
import type { Endpoints } from '../backend/permissions';
import { isClientId } from '../../shared/csp';
import { isTrustedUrl } from './origin';

export type SenderCheck = (event: IpcMainInvokeEvent) => boolean;

/**
 * Electron security checklist item 17: validate the sender of every IPC message. A call is trusted only if
 * it comes from the main frame (not an iframe) of a webContents we created, showing one of our origins.
 * `senderFrame` is null when the frame navigated away or was destroyed mid-call: that is refused too.
 */
export function createSenderCheck(
  origins: readonly string[],
  isOurWebContents: (contents: WebContents) => boolean,
): SenderCheck {
  return (event) => {
    const frame = event.senderFrame;
    if (!frame || frame.parent !== null) return false;
    if (!isOurWebContents(event.sender)) return false;
    return isTrustedUrl(frame.url, origins);
  };
}

export function registerIpc(ipcMain: Pick<IpcMain, 'handle'>, handlers: Endpoints, isTrustedSender: SenderCheck): void {
  // Extra arguments are ignored: the contract says every channel takes exactly one input object.
  ipcMain.handle(
    IPC_CALL_CHANNEL,
    async (event, channel: unknown, input: unknown, client: unknown): Promise<Result<unknown>> => {
      const name = typeof channel === 'string' ? channel.slice(0, 100) : '(not a name)';
      if (!isTrustedSender(event)) {
        console.warn(
          `[ambassador-studio] refused ${name} from an untrusted sender (${event.senderFrame?.url ?? 'gone'})`,
        );
        return fail('FORBIDDEN', 'This request did not come from the Ambassador Studio window, so it was refused.');
      }
      // One session per window load: the page's own random id, kept apart per webContents so that one window
      // can never borrow another's.
      const clientId = `electron:${event.sender.id}:${isClientId(client) ? client : 'anonymous'}`;
      return dispatch(handlers, name, input, { transport: 'electron', clientId });
    },
  );
}
