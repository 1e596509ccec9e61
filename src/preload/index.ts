/**
 * The sandboxed preload (bundled to out/preload/index.cjs). It exposes `window.studio` with one function,
 * `call(channel, input)`, which forwards to a single fixed IPC channel. Nothing else crosses the bridge: no
 * ipcRenderer, no event objects, no way to reach any other IPC channel. The main process checks the sender
 * and validates the channel name and input against the contract (src/main/electron/ipc.ts).
 */
import { contextBridge, ipcRenderer } from 'electron';
import { IPC_CALL_CHANNEL, type StudioBridge } from '../shared/ipc';

const bridge: StudioBridge = {
  call: (channel, input, client) => ipcRenderer.invoke(IPC_CALL_CHANNEL, String(channel), input, String(client)),
};

contextBridge.exposeInMainWorld('studio', bridge);
